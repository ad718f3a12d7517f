/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The GraphQL service's URL, read when the example is built or served. */
  readonly VITE_GRAPHQL_URL?: string;
}
