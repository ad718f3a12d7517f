import type { ApolloClient, ObservableQuery } from "@apollo/client";
import { HeadlineViewDocument, type HeadlineViewQuery, type HeadlineViewQueryVariables, type Locale } from "../../generated/graphql";
import { element } from "./element";
import { LABELS, type Labels } from "./labels";

type Project = HeadlineViewQuery["projects"]["nodes"][number];

export interface ProjectListElements {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

export interface ProjectList {
  show(country: string, locale: Locale): void;
}

/**
 * The headline view: the active projects benefiting one country. "More" reads the next page with
 * `after`; the cache's pagination policy appends it to the list the page shows.
 */
export function mountProjectList(client: ApolloClient, elements: ProjectListElements, pageSize: number): ProjectList {
  let projects: ObservableQuery<HeadlineViewQuery, HeadlineViewQueryVariables> | undefined;
  let locale: Locale = "FR";

  elements.more.addEventListener("click", () => {
    const endCursor = projects?.getCurrentResult().data?.projects?.pageInfo?.endCursor;
    if (endCursor) void projects?.fetchMore({ variables: { after: endCursor } });
  });

  function render({ data, dataState, loading, error }: ObservableQuery.Result<HeadlineViewQuery>): void {
    const labels = LABELS[locale];
    if (error) {
      elements.status.textContent = labels.failed(error.message);
      return;
    }
    if (dataState !== "complete") {
      elements.status.textContent = labels.loading;
      elements.list.replaceChildren();
      elements.more.hidden = true;
      return;
    }
    elements.status.textContent = labels.activeProjects(data.projects.totalCount);
    elements.list.replaceChildren(...data.projects.nodes.map((project) => projectItem(project, labels)));
    elements.more.textContent = labels.more;
    elements.more.hidden = !data.projects.pageInfo.hasNextPage;
    elements.more.disabled = loading;
  }

  return {
    show(country, nextLocale) {
      locale = nextLocale;
      // The first page of the list in this language: from the cache when it holds it, else from the service.
      const variables = { country, locale, first: pageSize };
      if (projects) {
        void projects.setVariables(variables);
      } else {
        projects = client.watchQuery({ query: HeadlineViewDocument, variables });
        projects.subscribe(render);
      }
    },
  };
}

function projectItem(project: Project, labels: Labels): HTMLLIElement {
  const news = project.relatedNews[0];
  return element(
    "li",
    { class: "project", "data-code": project.code },
    element("h2", {}, element("span", { class: "code" }, project.code), " ", element("span", { class: "title" }, project.title)),
    element("p", {}, `${labels.region} `, element("span", { class: "region" }, project.region?.name ?? "—")),
    element("p", {}, labels.beneficiaryStates),
    element(
      "ul",
      { class: "beneficiary-states" },
      ...project.beneficiaryStates.map((state) => element("li", { "data-code": state.code }, state.name)),
    ),
    element("p", {}, `${labels.latestNews} `, element("span", { class: "latest-news" }, news ? newsLine(news) : labels.noNews)),
  );
}

function newsLine(news: Project["relatedNews"][number]): string {
  return news.publishedAt ? `${news.title} (${news.publishedAt.slice(0, 10)})` : news.title;
}
