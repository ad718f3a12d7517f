import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// Imports run one way (CONTRIBUTING.md): reference data below the database layer, the database below
// the API and the importer, Apollo's plumbing above the API, the front door above everything. Each
// entry names the folders a layer may not import from; a relative path reaching one of them fails.
const LAYERS = {
  "src/reference/**": [
    "config",
    "paths",
    "db",
    "graph",
    "loaders",
    "resolvers",
    "apollo",
    "http",
    "operations",
    "import",
    "explorer",
    "scripts",
    "dataset",
  ],
  "src/db/**": ["graph", "loaders", "resolvers", "apollo", "http", "operations", "import", "explorer", "scripts", "dataset"],
  "src/{graph,loaders,resolvers}/**": ["apollo", "http", "operations", "import", "explorer", "scripts", "dataset"],
  "src/import/**": ["graph", "loaders", "resolvers", "apollo", "http", "operations", "explorer", "scripts", "dataset"],
  "src/operations/**": ["graph", "loaders", "resolvers", "apollo", "http", "import", "explorer", "scripts", "dataset"],
  "src/dataset/**": ["graph", "loaders", "resolvers", "apollo", "http", "operations", "import", "explorer", "scripts"],
  "src/apollo/**": ["http", "import", "explorer", "scripts", "dataset"],
  "src/explorer/**": ["db", "graph", "loaders", "resolvers", "apollo", "operations", "import", "scripts", "dataset"],
  "src/http/**": ["scripts", "dataset"],
  "test/**": ["bench"],
};

const boundaries = Object.entries(LAYERS).map(([files, forbidden]) => ({
  files: [files.replace(/\*\*$/, "**/*.{ts,tsx}")],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((folder) => ({
          // "./folder/…" or "../…/folder/…", "../../config", …: a specifier that climbs to the folder or file.
          regex: `^(\\./|(\\.\\./)+)${folder}(/|$)`,
          message: `${files.replace("/**", "")} may not import from ${folder}: imports run one way (see CONTRIBUTING.md).`,
        })),
      },
    ],
  },
}));

export default defineConfig(
  { ignores: ["dist/", "coverage/", ".data/", "examples/generated/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits fails silently in a server: these rules need the types, hence projectService.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // A leading underscore marks what a signature or a destructuring must name but does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Reads before assignment are TypeScript's to catch; an initial value every branch replaces is harmless.
      "no-useless-assignment": "off",
    },
  },
  {
    files: ["test/**"],
    // Tests read JSON answers whose shape they check themselves.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...boundaries,
  // Formatting is Prettier's job alone.
  prettier,
);
