import { CriticalityLevel } from "@graphql-inspector/core";
import { schemaChanges } from "../../src/scripts/check-schema";
import { printServiceSchema } from "../../src/scripts/print-schema";

describe("schema:check", () => {
  it("finds no change between the code and itself", async () => {
    const sdl = await printServiceSchema();
    expect(await schemaChanges(sdl, sdl)).toEqual([]);
  });

  it("calls removing a field breaking and adding one safe", async () => {
    const sdl = await printServiceSchema();
    const withoutIso3 = sdl.replace(/\n\s*"""ISO 3166-1 alpha-3 code, such as "COL"."""\n\s*iso3: String!/, "");
    expect(withoutIso3).not.toBe(sdl);
    const removed = await schemaChanges(sdl, withoutIso3);
    expect(removed.map((change) => [change.criticality.level, change.message])).toEqual([
      [CriticalityLevel.Breaking, "Field 'iso3' was removed from object type 'MemberState'"],
    ]);
    const added = await schemaChanges(withoutIso3, sdl);
    expect(added.map((change) => change.message)).toContain("Field 'iso3' was added to object type 'MemberState'");
    expect(added.every((change) => change.criticality.level === CriticalityLevel.NonBreaking)).toBe(true);
  });
});
