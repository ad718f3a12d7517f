import "./monaco-workers";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXPLORER_DEFAULT_HEADERS, EXPLORER_DEFAULT_QUERY } from "../default-operation";

// The page is served by the GraphQL endpoint itself, so its own address is the endpoint's, behind any proxy.
const endpoint = new URL(window.location.pathname, window.location.origin).toString();
const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;

createRoot(document.getElementById("explorer")!).render(
  <StrictMode>
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: endpoint })}
      defaultQuery={EXPLORER_DEFAULT_QUERY}
      defaultHeaders={JSON.stringify(EXPLORER_DEFAULT_HEADERS, null, 2)}
      defaultEditorToolsVisibility="headers"
    >
      <GraphiQL.Logo>
        IOM Development Fund{" "}
        <a className="apollo-sandbox-link" href={sandbox} title="Apollo Sandbox is loaded from Apollo's servers: it needs internet access">
          Apollo Sandbox ↗
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
