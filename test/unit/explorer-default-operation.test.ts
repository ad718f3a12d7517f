import { readFileSync } from "node:fs";
import path from "node:path";
import { EXPLORER_DEFAULT_QUERY } from "../../src/explorer/default-operation";

describe("the explorer's default operation", () => {
  it("is the README's headline query, preceded by comments", () => {
    const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const headline = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    const withoutComments = EXPLORER_DEFAULT_QUERY.split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n");
    expect(withoutComments).toBe(headline);
  });
});
