import { Coverage, ProjectStatus } from "@prisma/client";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CACHE_HINT } from "../shared/cache-hints";
import { DecimalScalar } from "../shared/scalars";

export enum ProjectDimension {
  REGION = "REGION",
  BENEFICIARY_STATE = "BENEFICIARY_STATE",
  STATUS = "STATUS",
  PROJECT_TYPE = "PROJECT_TYPE",
  COVERAGE = "COVERAGE",
  ALLOCATION_YEAR = "ALLOCATION_YEAR",
}

registerEnumType(ProjectDimension, {
  name: "ProjectDimension",
  description: "A property projects can be grouped by in projectStats.",
  valuesConfig: {
    REGION: { description: "Fund region." },
    BENEFICIARY_STATE: {
      description: "Eligible beneficiary member state: a project with seven beneficiaries counts once in each of their seven buckets.",
    },
    STATUS: { description: "Active or completed." },
    PROJECT_TYPE: { description: "IOM project type." },
    COVERAGE: { description: "National, regional, multi-regional or global." },
    ALLOCATION_YEAR: { description: "Year of allocation." },
  },
});

@Directive(CACHE_HINT.computedData)
@ObjectType({
  simpleResolvers: true,
  description:
    "Projects sharing the values of the dimensions grouped by, with their count and budget figures. " +
    "Fields of dimensions not grouped by are null; a grouped dimension is null too for projects without that value. " +
    "Grouped by BENEFICIARY_STATE, a project counts once per beneficiary state, so counts and sums across states add up to more than the projects.",
})
export class ProjectBucket {
  regionCode!: string | null;
  beneficiaryStateCode!: string | null;
  projectTypeCode!: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: "Status of the bucket's projects, when grouped by STATUS." })
  status!: ProjectStatus | null;

  @Field(() => Coverage, { nullable: true, description: "Coverage of the bucket's projects, when grouped by COVERAGE." })
  coverage!: Coverage | null;

  @Field(() => Int, { nullable: true, description: "Allocation year of the bucket's projects, when grouped by ALLOCATION_YEAR." })
  allocationYear!: number | null;

  @Field(() => Int, { description: "Number of projects in the bucket." })
  count!: number;

  @Field(() => DecimalScalar, { description: "Sum of the published budgets in US dollars, exact; 0.00 when none is published." })
  budgetSum!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Average published budget in US dollars, rounded to the cent; null when none is published.",
  })
  budgetAvg!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Smallest published budget in US dollars." })
  budgetMin!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Largest published budget in US dollars." })
  budgetMax!: string | null;
}
