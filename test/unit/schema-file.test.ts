import fs from "node:fs/promises";
import { printServiceSchema, SCHEMA_FILE } from "../../src/scripts/print-schema";

describe("schema.graphql", () => {
  it("is exactly what the code produces (run `npm run schema` after changing the API)", async () => {
    const committed = await fs.readFile(SCHEMA_FILE, "utf8");
    expect(await printServiceSchema()).toBe(committed);
  });

  it("declares Federation 2 and the entity keys", async () => {
    const sdl = await printServiceSchema();
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    for (const [type, key] of [
      ["Project", "code"],
      ["MemberState", "code"],
      ["Region", "code"],
      ["NewsArticle", "id"],
    ]) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "${key}"\\)`));
    }
  });

  it("describes every type, field and argument for people reading it in Sandbox", async () => {
    const { buildSchema, isObjectType, isInputObjectType } = await import("graphql");
    const schema = buildSchema(await printServiceSchema());
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // Built-in and federation types (_Any, _Service, link__Purpose, federation__FieldSet) are not ours to describe.
      if (/^_|__/.test(type.name) || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description && type.name !== "Query") undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!field.description && !["node", "pageInfo"].includes(field.name)) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : [])
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
