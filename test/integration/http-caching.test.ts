import { serverForSuite } from "../support/test-server";

describe("HTTP caching headers", () => {
  const api = serverForSuite();

  const get = (query: string) =>
    fetch(`${api.server.url}?${new URLSearchParams({ query })}`, {
      headers: { "apollo-require-preflight": "true", "accept-language": "es" },
    });

  it("lets caches keep a GET query of reference data for a day, per language", async () => {
    const response = await get(`{ regions { code name } }`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(response.headers.get("vary")).toContain("Accept-Language");
    expect(((await response.json()) as { data: { regions: Array<{ code: string; name: string }> } }).data.regions).toContainEqual({
      code: "LAC",
      name: "América Latina y el Caribe",
    });
  });

  it("says a GET answer varies with the language, the media type asked for and the coding", async () => {
    const response = await get(`{ regions { code } }`);
    expect(response.headers.get("vary")?.split(/\s*,\s*/)).toEqual(
      expect.arrayContaining(["Accept-Language", "Accept", "Accept-Encoding"]),
    );
  });

  it("lets caches keep projects for five minutes", async () => {
    const response = await get(`{ project(code: "PO.0201") { code title beneficiaryStates { code } } }`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("forbids keeping POST answers and answers with errors", async () => {
    const post = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ regions { code } }" }),
    });
    expect(post.headers.get("cache-control")).toBe("no-store");
    const failed = await get(`{ project(code: "not a code") { code } }`);
    expect(failed.headers.get("cache-control")).toBe("no-store");
  });
});
