import fs from "node:fs/promises";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import { printServiceSchema, SCHEMA_FILE } from "./print-schema";

/** Changes from one SDL to another, as @graphql-inspector classifies them (breaking, dangerous, safe). */
export async function schemaChanges(beforeSdl: string, afterSdl: string): Promise<Change[]> {
  return diff(buildSchema(beforeSdl), buildSchema(afterSdl));
}

/**
 * `npm run schema:check [-- <base schema file>]`: lists the changes between a base schema (the
 * committed schema.graphql unless a file is named, e.g. main's copy) and the one the code produces;
 * exits 1 when any would break existing clients.
 */
async function main(baseFile: string): Promise<number> {
  const changes = await schemaChanges(await fs.readFile(baseFile, "utf8"), await printServiceSchema());
  for (const change of changes) console.log(`${change.criticality.level.padEnd(13)} ${change.message}`);
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking).length;
  console.log(`${changes.length} change(s) against ${baseFile}, ${breaking} breaking.`);
  return breaking > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv[2] ?? SCHEMA_FILE).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
