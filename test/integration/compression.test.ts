import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import { loadExplorerAssets } from "../../src/explorer/explorer-assets";
import { compressedStream } from "../../src/http/compression";
import { EXPLORER_BUILD_DIR } from "../../src/paths";
import { decoded, rawRequest, varyFields } from "../support/raw-http";
import { startTestServer, type TestServer } from "../support/test-server";

// Every country with its name and region: several kilobytes of reference data, the same on every database.
const LARGE_QUERY = `{ regions { code name memberStates { code name } } }`;
const SMALL_QUERY = `{ regions { code } }`;

describe("compressed answers", () => {
  let api: TestServer;
  const post = (query: string, acceptEncoding?: string) =>
    rawRequest(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }) },
      body: JSON.stringify({ query }),
    });
  const get = (query: string, acceptEncoding: string) =>
    rawRequest(`${api.server.url}?${new URLSearchParams({ query })}`, {
      headers: { "apollo-require-preflight": "true", "accept-encoding": acceptEncoding },
    });

  beforeAll(async () => {
    // The global setup builds the explorer into dist/ as `npm run build` does, precompressed copies included.
    api = await startTestServer({ withSamples: false, explorer: await loadExplorerAssets(EXPLORER_BUILD_DIR) });
  });
  afterAll(() => api?.stop());

  describe("GraphQL answers", () => {
    it.each([
      ["gzip", "gzip"],
      ["br", "br"],
      ["gzip, br", "br"],
      ["gzip;q=1, br;q=0.5", "gzip"],
    ])(
      "POST with Accept-Encoding %j: answered in %s, the same bytes once decoded, Content-Length the bytes sent",
      async (accept, coding) => {
        const plain = await post(LARGE_QUERY, "identity");
        expect(plain.headers["content-encoding"]).toBeUndefined();
        expect(plain.body.length).toBeGreaterThan(4096);
        const compressed = await post(LARGE_QUERY, accept);
        expect(compressed.status).toBe(200);
        expect(compressed.headers["content-encoding"]).toBe(coding);
        expect(Number(compressed.headers["content-length"])).toBe(compressed.body.length);
        expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
        expect(decoded(compressed).equals(plain.body)).toBe(true);
        expect(varyFields(compressed)).toContain("Accept-Encoding");
        expect(varyFields(plain)).toContain("Accept-Encoding");
      },
    );

    it.each(["gzip", "br"])("GET in %s: the same bytes once decoded, still cacheable per language and per coding", async (coding) => {
      const plain = await get(LARGE_QUERY, "identity");
      const compressed = await get(LARGE_QUERY, coding);
      expect(compressed.headers["content-encoding"]).toBe(coding);
      expect(decoded(compressed).equals(plain.body)).toBe(true);
      expect(JSON.parse(plain.body.toString()).data.regions).toContainEqual(expect.objectContaining({ code: "LAC" }));
      expect(compressed.headers["cache-control"]).toBe("public, max-age=86400");
      expect(varyFields(compressed)).toEqual(expect.arrayContaining(["Accept-Language", "Accept-Encoding"]));
    });

    it("sends answers under 1 KiB as they are, and those from 1 KiB compressed", async () => {
      // n aliases of the same field: the answer grows by the same bytes with each, across the threshold.
      const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `r${index}: regions { code }`).join(" ")} }`;
      const sizes = await Promise.all(
        Array.from({ length: 12 }, async (_, index) => (await post(aliased(index + 1), "identity")).body.length),
      );
      const under = sizes.filter((size) => size < 1024).length;
      expect(sizes[under - 1]).toBeLessThan(1024);
      expect(sizes[under]).toBeGreaterThanOrEqual(1024);
      expect((await post(aliased(under), "gzip, br")).headers["content-encoding"]).toBeUndefined();
      expect((await post(aliased(under + 1), "gzip, br")).headers["content-encoding"]).toBe("br");
    });

    it("keeps small answers and errors plain, saying they vary with Accept-Encoding", async () => {
      const small = await post(SMALL_QUERY, "gzip, br");
      expect(small.headers["content-encoding"]).toBeUndefined();
      expect(varyFields(small)).toContain("Accept-Encoding");
      expect(JSON.parse(small.body.toString()).data.regions).toContainEqual({ code: "LAC" });
      const invalid = await post(`{ noSuchField }`, "gzip, br");
      expect(invalid.status).toBe(400);
      expect(invalid.headers["content-encoding"]).toBeUndefined();
      expect(JSON.parse(invalid.body.toString()).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("compresses even a small answer when the client refuses one without coding", async () => {
      const small = await post(SMALL_QUERY, "gzip, identity;q=0");
      expect(small.headers["content-encoding"]).toBe("gzip");
      expect(JSON.parse(decoded(small).toString()).data.regions).toContainEqual({ code: "LAC" });
    });

    it.each([undefined, "deflate", "compress, deflate;q=0.5", "identity;q=0", "gzip;q=0, br;q=0", "br;q=x"])(
      "answers plainly with Accept-Encoding %j (no coding it offers that we make)",
      async (accept) => {
        const answer = await post(LARGE_QUERY, accept);
        expect(answer.status).toBe(200);
        expect(answer.headers["content-encoding"]).toBeUndefined();
        expect(JSON.parse(answer.body.toString()).data.regions).toContainEqual(expect.objectContaining({ code: "LAC" }));
        expect(varyFields(answer)).toContain("Accept-Encoding");
      },
    );
  });

  describe("the explorer's files, compressed at build time", () => {
    const asset = (name: string, headers: Record<string, string> = {}, method = "GET") =>
      rawRequest(`${new URL(api.server.url).origin}/explorer/${name}`, { method, headers });
    const onDisk = (name: string) => readFile(path.join(EXPLORER_BUILD_DIR, name));

    it.each([
      ["br", ".br"],
      ["gzip", ".gz"],
    ])("serves graphiql.js in %s as the build wrote it, with its length, decoding to the bundle", async (coding, suffix) => {
      const bundle = await onDisk("graphiql.js");
      const answer = await asset("graphiql.js", { "accept-encoding": coding });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-encoding"]).toBe(coding);
      expect(answer.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect(answer.body.equals(await onDisk(`graphiql.js${suffix}`))).toBe(true);
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(answer.body.length).toBeLessThan(bundle.length / 3);
      expect(decoded(answer).equals(bundle)).toBe(true);
      expect(varyFields(answer)).toContain("Accept-Encoding");
    });

    it("serves the bundle as it is to a client that asks for no coding, saying it varies", async () => {
      const answer = await asset("graphiql.js");
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.body.equals(await onDisk("graphiql.js"))).toBe(true);
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      expect(varyFields(answer)).toContain("Accept-Encoding");
    });

    it("gives each coding its own ETag, and 304 to a client holding the copy it would be sent", async () => {
      const etags = await Promise.all(
        ["identity", "gzip", "br"].map(async (coding) => (await asset("graphiql.css", { "accept-encoding": coding })).headers.etag),
      );
      expect(new Set(etags).size).toBe(3);
      const [plainTag, gzipTag, brTag] = etags as [string, string, string];
      const revalidated = await asset("graphiql.css", { "accept-encoding": "gzip, br", "if-none-match": brTag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.etag).toBe(brTag);
      expect(varyFields(revalidated)).toContain("Accept-Encoding");
      expect(revalidated.body.length).toBe(0);
      // A cache holding several copies lists them all.
      expect((await asset("graphiql.css", { "accept-encoding": "gzip", "if-none-match": `${plainTag}, W/${gzipTag}` })).status).toBe(304);
      const otherCopy = await asset("graphiql.css", { "accept-encoding": "gzip", "if-none-match": brTag });
      expect(otherCopy.status).toBe(200);
      expect(otherCopy.headers["content-encoding"]).toBe("gzip");
    });

    it("answers HEAD with the headers GET would have, the compressed length included, and no body", async () => {
      const head = await asset("graphiql.js", { "accept-encoding": "br" }, "HEAD");
      expect(head.status).toBe(200);
      expect(head.headers["content-encoding"]).toBe("br");
      expect(Number(head.headers["content-length"])).toBe((await onDisk("graphiql.js.br")).length);
      expect(head.body.length).toBe(0);
    });
  });
});

describe("with COMPRESSION=off", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({
      withSamples: false,
      explorer: await loadExplorerAssets(EXPLORER_BUILD_DIR),
      compression: { enabled: false, minBytes: 1024 },
    });
  });
  afterAll(() => api?.stop());

  it("answers GraphQL plainly, with no Vary on Accept-Encoding", async () => {
    const answer = await rawRequest(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip, br" },
      body: JSON.stringify({ query: LARGE_QUERY }),
    });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(varyFields(answer)).not.toContain("Accept-Encoding");
    expect(JSON.parse(answer.body.toString()).data.regions).toContainEqual(expect.objectContaining({ code: "LAC" }));
  });

  it("exports plainly, with no Vary on Accept-Encoding", async () => {
    const answer = await rawRequest(`${new URL(api.server.url).origin}/export/news.csv`, { headers: { "accept-encoding": "gzip, br" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(varyFields(answer)).not.toContain("Accept-Encoding");
    expect(answer.body.toString()).toMatch(/^\uFEFFid,publishedAt,title,/);
  });

  it("still serves the explorer's precompressed files, which cost nothing per request", async () => {
    const answer = await rawRequest(`${new URL(api.server.url).origin}/explorer/graphiql.js`, { headers: { "accept-encoding": "br" } });
    expect(answer.headers["content-encoding"]).toBe("br");
  });
});

describe("compressedStream, for bodies written as they are made", () => {
  let server: http.Server;
  let url: string;
  let writeSecondPart: () => void = () => undefined;
  const firstPart = `${"first part ".repeat(200)}\n`;
  const secondPart = `${"second part ".repeat(200)}\n`;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      response.setHeader("content-type", "text/plain; charset=utf-8");
      const body = compressedStream(request, response, { flushEachWrite: request.url === "/flushed" });
      body.write(firstPart);
      writeSecondPart = () => body.end(secondPart);
      if (request.url !== "/flushed") writeSecondPart();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(["gzip", "br"])("writes the body in %s, decoding to what was written", async (coding) => {
    const answer = await rawRequest(`${url}/`, { headers: { "accept-encoding": coding } });
    expect(answer.headers["content-encoding"]).toBe(coding);
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(varyFields(answer)).toContain("Accept-Encoding");
    expect(decoded(answer).toString()).toBe(firstPart + secondPart);
  });

  it("answers HEAD with the coding GET would have, and no body", async () => {
    const answer = await rawRequest(`${url}/`, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(varyFields(answer)).toContain("Accept-Encoding");
    expect(answer.body.length).toBe(0);
  });

  it("writes it as it is to a client that accepts no coding", async () => {
    const answer = await rawRequest(`${url}/`, { headers: { "accept-encoding": "identity" } });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body.toString()).toBe(firstPart + secondPart);
  });

  it("sends each write at once when asked: the first part decodes before the second is written", async () => {
    const firstDecoded = await new Promise<string>((resolve, reject) => {
      http
        .get(`${url}/flushed`, { headers: { "accept-encoding": "br" } }, (response) => {
          const decoder = zlib.createBrotliDecompress();
          let text = "";
          decoder.on("data", (chunk: Buffer) => {
            text += chunk.toString();
            if (text.length >= firstPart.length) resolve(text);
          });
          response.pipe(decoder);
        })
        .on("error", reject);
    });
    expect(firstDecoded).toBe(firstPart);
    writeSecondPart();
  });
});
