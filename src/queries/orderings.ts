import type { MemberState, NewsArticle, Project } from "@prisma/client";
import type { Ordering } from "../pagination/ordering";

export const PROJECTS_BY_CODE: Ordering<Project> = {
  name: "project:code",
  keys: [{ field: "code", direction: "asc", nullable: false, valueOf: (project) => project.code }],
};

export const MEMBER_STATES_BY_CODE: Ordering<MemberState> = {
  name: "state:code",
  keys: [{ field: "code", direction: "asc", nullable: false, valueOf: (state) => state.code }],
};

export const NEWS_NEWEST_FIRST: Ordering<NewsArticle> = {
  name: "news:newest",
  keys: [
    { field: "publishedAt", direction: "desc", nullable: true, valueOf: (news) => news.publishedAt?.toISOString() ?? null },
    { field: "id", direction: "asc", nullable: false, valueOf: (news) => news.id },
  ],
};
