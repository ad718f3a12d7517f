import "reflect-metadata";
import fs from "node:fs/promises";
import path from "node:path";
import { graphql } from "graphql";
import { PROJECT_ROOT } from "../paths";
import { buildServiceSchema } from "../graph/schema";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

/**
 * The committed SDL is what the running subgraph answers to `{ _service { sdl } }`: its types with
 * their federation directives (@key, @shareable) and the definitions of those directives, so that
 * it is a complete schema for composition tools and client code generators alike.
 */
export async function printServiceSchema(): Promise<string> {
  const result = await graphql({ schema: await buildServiceSchema(), source: "{ _service { sdl } }" });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error(`The subgraph did not answer _service { sdl }: ${JSON.stringify(result.errors)}`);
  return `${sdl.trim()}\n`;
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
