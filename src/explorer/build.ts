import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "../paths";
import { precompressFiles } from "./precompressed-files";

const BROWSER_SOURCES = path.join(PROJECT_ROOT, "src", "explorer", "browser");

// The workers must come from the Monaco that GraphiQL's editors are bundled with.
const GRAPHIQL_REACT = path.dirname(
  require.resolve("@graphiql/react/package.json", { paths: [path.dirname(require.resolve("graphiql/package.json"))] }),
);
const besideGraphiQL = (specifier: string) => require.resolve(specifier, { paths: [GRAPHIQL_REACT] });

/**
 * Bundles the explorer (GraphiQL, React, Monaco and its workers) from node_modules into `outdir`:
 * graphiql.js and graphiql.css, the workers, the editor's icon font, each with its brotli and gzip
 * copies (served as they are, never compressed per request). Nothing is downloaded.
 */
export async function buildExplorer(outdir: string): Promise<string[]> {
  const result = await build({
    entryPoints: {
      graphiql: path.join(BROWSER_SOURCES, "main.tsx"),
      // File names the page's MonacoEnvironment asks for (browser/monaco-workers.ts).
      "editor.worker": besideGraphiQL("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": besideGraphiQL("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": besideGraphiQL("monaco-graphql/esm/graphql.worker.js"),
    },
    outdir,
    bundle: true,
    format: "esm",
    minify: true,
    legalComments: "linked",
    loader: { ".ttf": "file" },
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    tsconfig: path.join(BROWSER_SOURCES, "tsconfig.json"),
    metafile: true,
    logLevel: "warning",
  });
  const files = Object.keys(result.metafile.outputs).map((output) => path.basename(output));
  return [...files, ...(await precompressFiles(outdir, files))];
}
