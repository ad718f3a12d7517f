import { Coverage, ProjectStatus, type Prisma } from "@prisma/client";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { CACHE_HINT } from "../shared/cache-hints";
import { ConnectionType } from "../shared/connection.type";
import { DecimalScalar } from "../shared/scalars";

registerEnumType(ProjectStatus, {
  name: "ProjectStatus",
  description: "Whether a project is running.",
  valuesConfig: { ACTIVE: { description: 'Running ("Actif").' }, COMPLETED: { description: 'Finished ("Achevé").' } },
});

registerEnumType(Coverage, {
  name: "Coverage",
  description: "Geographic reach of a project.",
  valuesConfig: {
    NATIONAL: { description: "One country." },
    REGIONAL: { description: "Several countries of one region." },
    MULTI_REGIONAL: { description: "Countries of several regions." },
    GLOBAL: { description: "Worldwide." },
  },
});

@ObjectType({ simpleResolvers: true, description: "An IOM Development Fund project, as published on its IOM page." })
@Directive('@key(fields: "code")')
@Directive(CACHE_HINT.importedData)
export class Project {
  @Field(() => ID, { description: 'IOM project code, the public key, such as "PO.0201" or "L12-805".' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'PRIMA system identifier, such as "AR99P0518"; null when the page gives none.' })
  primaId!: string | null;

  @Field(() => ProjectStatus, { description: "Whether the project is running or finished, as its page says." })
  status!: ProjectStatus;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Budget in US dollars, exact, as a decimal string ("400000.00"); null when unpublished.',
  })
  budgetUsd!: Prisma.Decimal | null;

  @Field(() => Coverage, { nullable: true, description: "Geographic reach; null when the page does not say." })
  coverage!: Coverage | null;

  @Field(() => Int, { nullable: true, description: "Year the Fund allocated the budget; null when unpublished." })
  allocationYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Year the project started; null when unpublished." })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Year the project ends or ended; null when unpublished." })
  endYear!: number | null;

  @Field({ description: "When this project was first imported." })
  createdAt!: Date;

  @Field({ description: "When this project last changed through an import." })
  updatedAt!: Date;

  regionCode!: string | null;
  projectTypeCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of projects, ordered by project code." })
@Directive(CACHE_HINT.asParent)
export class ProjectConnection extends ConnectionType(Project, "Project") {}
