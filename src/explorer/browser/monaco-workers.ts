// GraphiQL's editors (Monaco) run their language services in web workers, which esbuild bundles beside
// this script (src/explorer/build.ts): they are loaded from the service itself, never from a CDN.
const WORKER_FILES: Record<string, string> = { graphql: "graphql.worker.js", json: "json.worker.js" };

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(new URL(WORKER_FILES[label] ?? "editor.worker.js", import.meta.url), { type: "module" });
  },
};
