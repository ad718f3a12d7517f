import "reflect-metadata";
import fs from "node:fs/promises";
import path from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { PROJECT_ROOT } from "../paths";
import { buildServiceSchema } from "../schema";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

/** The committed SDL: the subgraph schema with its federation directives, as `_service { sdl }` gives it. */
export async function printServiceSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildServiceSchema()).trim()}\n`;
}

if (require.main === module) {
  printServiceSchema()
    .then(async (sdl) => {
      await fs.writeFile(SCHEMA_FILE, sdl);
      console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE} (${sdl.split("\n").length} lines).`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
