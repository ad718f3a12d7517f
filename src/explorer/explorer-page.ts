import type http from "node:http";

/** Where the explorer's files are served, relative to the page served at the GraphQL endpoint. */
export const EXPLORER_ASSETS_PATH = "/explorer/";

// The page and everything it loads come from this service: scripts, styles, workers and requests
// alike. Inline styles are GraphiQL's and Monaco's own; data: fonts are GraphiQL's icons.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const EXPLORER_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>IOM Development Fund GraphQL explorer</title>
    <link rel="stylesheet" href="explorer/graphiql.css" />
    <style>
      body { margin: 0; height: 100vh; }
      #explorer { height: 100vh; }
    </style>
    <script type="module" src="explorer/graphiql.js"></script>
  </head>
  <body>
    <div id="explorer"><noscript>The explorer needs JavaScript. GraphQL requests go to this address by POST.</noscript></div>
  </body>
</html>
`;

/** A browser asking for a page (not a GraphQL answer) at the endpoint: a GET without a query that accepts HTML. */
export function asksForExplorer(request: http.IncomingMessage, url: URL): boolean {
  return (
    request.method === "GET" &&
    !url.searchParams.has("query") &&
    !url.searchParams.has("extensions") &&
    (request.headers.accept ?? "").includes("text/html")
  );
}

export function sendExplorerPage(response: http.ServerResponse): void {
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "cache-control": "no-cache",
  });
  response.end(EXPLORER_PAGE);
}
