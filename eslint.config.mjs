import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

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
  // Formatting is Prettier's job alone.
  prettier,
);
