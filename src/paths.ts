import fs from "node:fs";
import path from "node:path";

function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json, whether code runs from src/ (tests) or dist/src/ (builds). */
export const PROJECT_ROOT = findProjectRoot(__dirname);
/** The sample IOM pages an empty embedded database is loaded with. */
export const SAMPLE_PAGES_DIR = path.join(PROJECT_ROOT, "data", "pages");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");
/** Where `npm run build` bundles the in-browser explorer, which the service serves at /explorer/. */
export const EXPLORER_BUILD_DIR = path.join(PROJECT_ROOT, "dist", "explorer");
