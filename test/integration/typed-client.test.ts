import fs from "node:fs/promises";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";
import { activeProjectBudgets, countryProjectTitles } from "../../examples/typed-client";
import { serverForSuite } from "../support/test-server";

const ROOT = path.join(__dirname, "..", "..");

/** Type-checks the examples, plus one extra virtual file, with the project's compiler options. */
function typeErrors(extraFile?: { name: string; text: string }): string[] {
  const configFile = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const extraPath = extraFile && path.join(ROOT, "examples", extraFile.name);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === extraPath ? extraFile!.text : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === extraPath || fileExists(file);
  const program = ts.createProgram(
    [path.join(ROOT, "examples", "typed-client.ts"), ...(extraPath ? [extraPath] : [])],
    { ...options, noEmit: true },
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

describe("typed client code generated from schema.graphql", () => {
  const api = serverForSuite();

  it("is what `npm run codegen` produces from the committed schema and example operations", async () => {
    // --check exits non-zero, listing the stale files, when generating would change anything.
    const run = () =>
      execFileSync(path.join(ROOT, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.ts", "--check"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    expect(run).not.toThrow();
    expect(await fs.readFile(path.join(ROOT, "examples", "generated", "graphql.ts"), "utf8")).toMatch(
      /export const ActiveProjectsBenefitingDocument/,
    );
  });

  it("type-checks, and rejects a field the operation did not select", () => {
    expect(typeErrors()).toEqual([]);
    const misuse = {
      name: "misuse.ts",
      text: `import { execute } from "./typed-client";
import { ActiveProjectsBenefitingDocument } from "./generated/graphql";
export async function wrong(url: string) {
  const result = await execute(url, ActiveProjectsBenefitingDocument, { country: ["CO"] });
  return result.projects.nodes.map((project) => project.description);
}`,
    };
    expect(typeErrors(misuse)).toEqual([expect.stringMatching(/Property 'description' does not exist/)]);
  });

  it("runs the generated documents against a started server", async () => {
    expect(await activeProjectBudgets(api.server.url, "CO")).toEqual([{ code: "PO.0201", budgetUsd: "400000.00" }]);
    expect(await countryProjectTitles(api.server.url, "EC", "ES")).toEqual({
      name: "Ecuador",
      titles: [
        "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
        "Renforcement des capacités nationales en matière d’aide aux migrants équatoriens de retour et de prévention de la migration irrégulière",
      ],
    });
  });
});
