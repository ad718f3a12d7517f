/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ActiveProjectsBenefiting($country: [ID!], $first: Int) {\n  projects(filter: {status: ACTIVE, beneficiaryState: $country}, first: $first) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      title\n      status\n      budgetUsd\n      region {\n        code\n        name(locale: EN)\n      }\n      beneficiaryStates {\n        code\n        name\n      }\n      otherBenefitingCountries {\n        code\n      }\n      relatedNews(first: 3) {\n        id\n        title\n        publishedAt\n      }\n    }\n  }\n}": typeof types.ActiveProjectsBenefitingDocument,
    "query CountryProjects($code: ID!, $locale: Locale) {\n  memberState(code: $code) {\n    code\n    iso3\n    name(locale: $locale)\n    region {\n      code\n      name(locale: $locale)\n    }\n    projects(filter: {status: ACTIVE}) {\n      nodes {\n        code\n        title(locale: $locale)\n      }\n    }\n    news {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.CountryProjectsDocument,
    "query CountryPicker($locale: Locale!, $after: String) {\n  memberStates(first: 100, after: $after) {\n    nodes {\n      code\n      name(locale: $locale)\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.CountryPickerDocument,
    "query HeadlineView($country: ID!, $locale: Locale!, $first: Int!, $after: String) {\n  projects(\n    filter: {status: ACTIVE, beneficiaryState: [$country]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    nodes {\n      code\n      title(locale: $locale)\n      region {\n        code\n        name(locale: $locale)\n      }\n      beneficiaryStates {\n        code\n        name(locale: $locale)\n      }\n      relatedNews(first: 1) {\n        id\n        title\n        publishedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.HeadlineViewDocument,
};
const documents: Documents = {
    "query ActiveProjectsBenefiting($country: [ID!], $first: Int) {\n  projects(filter: {status: ACTIVE, beneficiaryState: $country}, first: $first) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      title\n      status\n      budgetUsd\n      region {\n        code\n        name(locale: EN)\n      }\n      beneficiaryStates {\n        code\n        name\n      }\n      otherBenefitingCountries {\n        code\n      }\n      relatedNews(first: 3) {\n        id\n        title\n        publishedAt\n      }\n    }\n  }\n}": types.ActiveProjectsBenefitingDocument,
    "query CountryProjects($code: ID!, $locale: Locale) {\n  memberState(code: $code) {\n    code\n    iso3\n    name(locale: $locale)\n    region {\n      code\n      name(locale: $locale)\n    }\n    projects(filter: {status: ACTIVE}) {\n      nodes {\n        code\n        title(locale: $locale)\n      }\n    }\n    news {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n}": types.CountryProjectsDocument,
    "query CountryPicker($locale: Locale!, $after: String) {\n  memberStates(first: 100, after: $after) {\n    nodes {\n      code\n      name(locale: $locale)\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.CountryPickerDocument,
    "query HeadlineView($country: ID!, $locale: Locale!, $first: Int!, $after: String) {\n  projects(\n    filter: {status: ACTIVE, beneficiaryState: [$country]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    nodes {\n      code\n      title(locale: $locale)\n      region {\n        code\n        name(locale: $locale)\n      }\n      beneficiaryStates {\n        code\n        name(locale: $locale)\n      }\n      relatedNews(first: 1) {\n        id\n        title\n        publishedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.HeadlineViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveProjectsBenefiting($country: [ID!], $first: Int) {\n  projects(filter: {status: ACTIVE, beneficiaryState: $country}, first: $first) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      title\n      status\n      budgetUsd\n      region {\n        code\n        name(locale: EN)\n      }\n      beneficiaryStates {\n        code\n        name\n      }\n      otherBenefitingCountries {\n        code\n      }\n      relatedNews(first: 3) {\n        id\n        title\n        publishedAt\n      }\n    }\n  }\n}"): (typeof documents)["query ActiveProjectsBenefiting($country: [ID!], $first: Int) {\n  projects(filter: {status: ACTIVE, beneficiaryState: $country}, first: $first) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      title\n      status\n      budgetUsd\n      region {\n        code\n        name(locale: EN)\n      }\n      beneficiaryStates {\n        code\n        name\n      }\n      otherBenefitingCountries {\n        code\n      }\n      relatedNews(first: 3) {\n        id\n        title\n        publishedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountryProjects($code: ID!, $locale: Locale) {\n  memberState(code: $code) {\n    code\n    iso3\n    name(locale: $locale)\n    region {\n      code\n      name(locale: $locale)\n    }\n    projects(filter: {status: ACTIVE}) {\n      nodes {\n        code\n        title(locale: $locale)\n      }\n    }\n    news {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query CountryProjects($code: ID!, $locale: Locale) {\n  memberState(code: $code) {\n    code\n    iso3\n    name(locale: $locale)\n    region {\n      code\n      name(locale: $locale)\n    }\n    projects(filter: {status: ACTIVE}) {\n      nodes {\n        code\n        title(locale: $locale)\n      }\n    }\n    news {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountryPicker($locale: Locale!, $after: String) {\n  memberStates(first: 100, after: $after) {\n    nodes {\n      code\n      name(locale: $locale)\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query CountryPicker($locale: Locale!, $after: String) {\n  memberStates(first: 100, after: $after) {\n    nodes {\n      code\n      name(locale: $locale)\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeadlineView($country: ID!, $locale: Locale!, $first: Int!, $after: String) {\n  projects(\n    filter: {status: ACTIVE, beneficiaryState: [$country]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    nodes {\n      code\n      title(locale: $locale)\n      region {\n        code\n        name(locale: $locale)\n      }\n      beneficiaryStates {\n        code\n        name(locale: $locale)\n      }\n      relatedNews(first: 1) {\n        id\n        title\n        publishedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query HeadlineView($country: ID!, $locale: Locale!, $first: Int!, $after: String) {\n  projects(\n    filter: {status: ACTIVE, beneficiaryState: [$country]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    nodes {\n      code\n      title(locale: $locale)\n      region {\n        code\n        name(locale: $locale)\n      }\n      beneficiaryStates {\n        code\n        name(locale: $locale)\n      }\n      relatedNews(first: 1) {\n        id\n        title\n        publishedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;