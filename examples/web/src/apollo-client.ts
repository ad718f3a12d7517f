import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { typePolicies } from "./type-policies";

/**
 * Apollo Client for the service at `uri`, on another origin. Queries go by POST with a JSON body,
 * which Apollo Server's CSRF prevention accepts and which makes the browser ask (CORS preflight).
 */
export function createApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({ typePolicies }),
  });
}
