import { Field, InputType, registerEnumType } from "type-graphql";

export enum ProjectOrderField {
  BUDGET = "BUDGET",
  ALLOCATION_YEAR = "ALLOCATION_YEAR",
  START_YEAR = "START_YEAR",
  END_YEAR = "END_YEAR",
  TITLE = "TITLE",
  CODE = "CODE",
  RELEVANCE = "RELEVANCE",
}

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(ProjectOrderField, {
  name: "ProjectOrderField",
  description: "What projects can be ordered by. Projects lacking the value (no budget, no start year) come last either way.",
  valuesConfig: {
    BUDGET: { description: "Budget in US dollars." },
    ALLOCATION_YEAR: { description: "Year of allocation." },
    START_YEAR: { description: "Year the project started." },
    END_YEAR: { description: "Year the project ends." },
    TITLE: { description: "Title in the project's source language, ignoring accents and case." },
    CODE: { description: "IOM project code." },
    RELEVANCE: { description: "How well the project matches filter.text (required with it); best first when DESC." },
  },
});

registerEnumType(OrderDirection, { name: "OrderDirection", description: "Ascending or descending." });

@InputType({
  description:
    "One key of an ordering; several keys sort by the first, then the next. Ties always end on the project code, so pages never skip or repeat a project.",
})
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: "What to order by." })
  field!: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "Ascending (the default) or descending." })
  direction!: OrderDirection;
}
