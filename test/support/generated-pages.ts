import fs from "node:fs/promises";
import path from "node:path";
import { PO_0201, samplePage } from "./sample-pages";

/**
 * Writes `count` project pages like sample PO.0201 (Colombia among its beneficiaries), each with a
 * code (CC.0000, CC.0001, ... from `firstIndex`) and a Prima ID of its own, into `dir`.
 */
export async function writeColombianProjectPages(dir: string, count: number, firstIndex = 0): Promise<string[]> {
  const sample = await fs.readFile(samplePage(PO_0201.file), "utf8");
  const codes: string[] = [];
  for (let index = firstIndex; index < firstIndex + count; index += 1) {
    const code = `CC.${String(index).padStart(4, "0")}`;
    await fs.writeFile(
      path.join(dir, `${code}.txt`),
      sample.replace("PO.0201", code).replace("AR99P0518", `CO99P${String(index).padStart(4, "0")}`),
    );
    codes.push(code);
  }
  return codes;
}
