import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { MemberState } from "../member-state/member-state.type";
import { projectTypeName } from "../project/project-type";
import { ProjectFilter } from "../project/project.inputs";
import { Region } from "../region/region.type";
import { Locale, LOCALE_ARG } from "../shared/locale";
import { ProjectBucket, ProjectDimension } from "./project-bucket.type";

@Resolver(() => ProjectBucket)
export class ProjectBucketResolver {
  @Query(() => [ProjectBucket], {
    description:
      "Counts and budget figures (sum, average, minimum, maximum) of the filtered projects, grouped by any combination of dimensions; one bucket with the totals when groupBy is empty. Computed by the database (GROUP BY).",
  })
  projectStats(
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Conditions the projects must meet; all projects when left out." })
    filter: ProjectFilter | null,
    @Arg("groupBy", () => [ProjectDimension], { description: "Dimensions to group by, in the order buckets are sorted." })
    groupBy: ProjectDimension[],
    @Ctx() ctx: Context,
  ): Promise<ProjectBucket[]> {
    return ctx.loaders.projectStats.buckets(filter, groupBy);
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region of the bucket's projects, when grouped by REGION." })
  region(@Root() bucket: ProjectBucket, @Ctx() ctx: Context) {
    return bucket.regionCode ? ctx.reference.region(bucket.regionCode) : null;
  }

  @FieldResolver(() => MemberState, { nullable: true, description: "Beneficiary state of the bucket, when grouped by BENEFICIARY_STATE." })
  beneficiaryState(@Root() bucket: ProjectBucket, @Ctx() ctx: Context) {
    return bucket.beneficiaryStateCode ? ctx.reference.memberState(bucket.beneficiaryStateCode) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Project type of the bucket, in the requested language, when grouped by PROJECT_TYPE.",
  })
  projectType(@Root() bucket: ProjectBucket, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    return projectTypeName(ctx.reference, bucket.projectTypeCode, locale ?? ctx.locale);
  }
}
