import { MAX_BODY_BYTES } from "../../src/http/server";
import { serverForSuite, type TestServer } from "../support/test-server";

const HEADLINE = JSON.stringify({ query: "{ regions { code } }" });

function preflight(api: TestServer, origin: string, requestHeaders = "content-type"): Promise<Response> {
  return fetch(api.server.url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders },
  });
}

function postFrom(api: TestServer, origin: string, body = HEADLINE): Promise<Response> {
  return fetch(api.server.url, { method: "POST", headers: { origin, "content-type": "application/json" }, body });
}

describe("CORS with the default policy: any origin, no credentials", () => {
  const api = serverForSuite({ withSamples: false });

  it("answers a preflight with 204, the methods and headers browsers may send, and how long to remember it", async () => {
    const response = await preflight(
      api,
      "https://news.example.org",
      "content-type, apollo-require-preflight, accept-language, x-apollo-operation-name",
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    const allowedHeaders = response.headers.get("access-control-allow-headers")?.split(", ");
    expect(allowedHeaders).toEqual(
      expect.arrayContaining(["content-type", "apollo-require-preflight", "accept-language", "x-apollo-operation-name"]),
    );
    expect(allowedHeaders).not.toContain("authorization");
    expect(response.headers.get("access-control-max-age")).toBe("7200");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("lets any origin read answers, which then do not vary by origin", async () => {
    const response = await postFrom(api, "https://news.example.org");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary") ?? "").not.toMatch(/origin/i);
  });

  it("lets browsers read error answers too, such as a body over the size limit", async () => {
    const response = await postFrom(
      api,
      "https://news.example.org",
      JSON.stringify({ query: "{ regions { code } }", padding: "x".repeat(MAX_BODY_BYTES) }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("keeps Apollo's CSRF prevention: a simple cross-origin GET without a preflight header is refused", async () => {
    const response = await fetch(`${api.server.url}?query=${encodeURIComponent("{ regions { code } }")}`, {
      headers: { origin: "https://elsewhere.example" },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("BAD_REQUEST");
    const withPreflightHeader = await fetch(`${api.server.url}?query=${encodeURIComponent("{ regions { code } }")}`, {
      headers: { origin: "https://elsewhere.example", "apollo-require-preflight": "true" },
    });
    expect(withPreflightHeader.status).toBe(200);
  });
});

describe("CORS with a configured list of origins", () => {
  const api = serverForSuite({ withSamples: false, allowedOrigins: ["https://app.example.org", "http://localhost:3000"] });

  it("echoes a listed origin and says the answer varies by origin", async () => {
    const response = await postFrom(api, "http://localhost:3000");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
  });

  it("answers a listed origin's preflight with 204", async () => {
    const response = await preflight(api, "https://app.example.org");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
  });

  it("refuses the preflight of an unlisted origin with 403 and a code", async () => {
    const response = await preflight(api, "https://evil.example");
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe("ORIGIN_NOT_ALLOWED");
    expect(body.errors[0]?.message).toMatch(/https:\/\/evil\.example/);
  });

  it("does not let an unlisted origin read answers, and still varies by origin for caches", async () => {
    const response = await postFrom(api, "https://evil.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/\bOrigin\b/);
    const sameOrigin = await fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: HEADLINE });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get("vary")).toMatch(/\bOrigin\b/);
  });
});
