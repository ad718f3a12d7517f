import { rm } from "node:fs/promises";
import { buildExplorer } from "../explorer/build";
import { EXPLORER_BUILD_DIR } from "../paths";

async function main(): Promise<void> {
  await rm(EXPLORER_BUILD_DIR, { recursive: true, force: true });
  const files = await buildExplorer(EXPLORER_BUILD_DIR);
  console.log(`Explorer bundled into ${EXPLORER_BUILD_DIR}: ${files.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
