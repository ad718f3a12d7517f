import { defineConfig } from "vite";

// Served on its own port, so the page and the service (port 4000) are different origins, as for a
// real front end: every request it sends to the service is a cross-origin one.
export default defineConfig({
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: { outDir: "../../dist/web-example", emptyOutDir: true },
});
