import fs from "node:fs";
import path from "node:path";
import { parsePage } from "../src/import/page-parser";
it("x", () => {
  const dir = path.join(__dirname, "..", "test", "fixtures", "pages");
  const only = process.env.ONLY;
  for (const f of fs.readdirSync(dir).sort()) {
    if (only && !f.includes(only)) continue;
    try { console.log(f, JSON.stringify(parsePage(f, fs.readFileSync(path.join(dir, f), "utf8")), null, 1)); }
    catch (e) { console.log(f, "ERROR", (e as Error).message); }
  }
});
