import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";

const TEMPLATE_FILE_VARIABLE = "IOM_PGLITE_TEMPLATE";

/**
 * Jest global setup, on the embedded database: one migrated database with its reference data, dumped
 * once per run, so that each test's in-memory database starts from a copy (under a second) instead of
 * from initdb and every migration (seconds each). Its file is named in the environment the test
 * workers inherit.
 */
export async function writePgliteTemplate(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pglite-template-"));
  const dataDir = path.join(dir, "data");
  const db = await openDatabase({ kind: "pglite", dataDir }, "test template");
  await prepareDatabase(db);
  await db.close();
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const pglite = await PGlite.create(dataDir, { extensions: { unaccent } });
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const file = path.join(dir, "template.tar");
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await fs.rm(dataDir, { recursive: true, force: true });
  process.env[TEMPLATE_FILE_VARIABLE] = file;
}

/** Jest global teardown: the template's folder removed. */
export async function removePgliteTemplate(): Promise<void> {
  const file = process.env[TEMPLATE_FILE_VARIABLE];
  if (file) await fs.rm(path.dirname(file), { recursive: true, force: true });
}

/** The template written by the global setup; none when a test file runs without it. */
export async function pgliteTemplate(): Promise<Blob | undefined> {
  const file = process.env[TEMPLATE_FILE_VARIABLE];
  return file ? new Blob([await fs.readFile(file)]) : undefined;
}
