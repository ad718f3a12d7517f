import { createHash } from "node:crypto";
import net from "node:net";
import { getIntrospectionQuery } from "graphql";
import { MAX_BODY_BYTES } from "../../src/http/server";
import { QUERY_LIMITS } from "../../src/apollo/query-limits";
import { serverForSuite } from "../support/test-server";

describe("hostile and malformed requests", () => {
  const api = serverForSuite();

  it("refuses a query nested deeper than the limit, before touching the database", async () => {
    let nested = "code";
    for (let level = 0; level < 6; level += 1) nested = `projects(first: 1) { nodes { beneficiaryStates { ${nested} } } }`;
    const statements = await api.countStatements(async () => {
      const { status, errors } = await api.request(`{ memberState(code: "CO") { ${nested} } }`);
      expect(status).toBe(400);
      expect(errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
      expect(errors?.[0]?.message).toMatch(new RegExp(`levels deep; the limit is ${QUERY_LIMITS.maxDepth}`));
    });
    expect(statements).toBe(0);
  });

  it("answers the full introspection query explorers send first, whose type references nest deeper than the limit", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const { status, data, errors } = await api.request<{ __schema: { types: Array<{ name: string }> } }>(query);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data?.__schema.types.map((type) => type.name)).toContain("Project");
  });

  it("still refuses introspection that walks the type graph in circles (graphql-js's own limit)", async () => {
    const { status, errors } = await api.request(
      `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
    );
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a query whose pages of pages would cost too much, saying how much", async () => {
    const query = `{ projects(first: 100) { nodes { beneficiaryStates { projects(first: 100) { nodes { beneficiaryStates { code } } } } } } }`;
    const { status, errors } = await api.request(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/Query would cost \d+ .* the limit is 50000/);
  });

  it("counts fragments when measuring depth", async () => {
    const query = `
      fragment P on Project { beneficiaryStates { projects { nodes { beneficiaryStates { projects { nodes { beneficiaryStates { projects { nodes { code } } } } } } } } } }
      { projects { nodes { ...P } } }`;
    const { errors } = await api.request(query);
    expect(errors?.[0]?.message).toMatch(/levels deep/);
  });

  it("refuses a query text over the length limit with 400 QUERY_TOO_COMPLEX", async () => {
    const query = `{ regions { code } }${" ".repeat(QUERY_LIMITS.maxQueryLength)}`;
    const { status, errors } = await api.request(query);
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: `Query is ${query.length} characters long; the limit is ${QUERY_LIMITS.maxQueryLength}`,
        extensions: { code: "QUERY_TOO_COMPLEX" },
      },
    ]);
  });

  it("refuses a request body over the size limit with 413", async () => {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ regions { code } }`, padding: "x".repeat(MAX_BODY_BYTES) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/limit is 102400/);
  });

  it("answers invalid JSON with 400 and a message, not a stack", async () => {
    const response = await fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/not valid JSON/);
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it.each([
    [
      "a string for an Int",
      "query ($n: Int) { projects(first: $n) { totalCount } }",
      { n: "ten" },
      'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    ],
    [
      "a missing ID!",
      "query ($code: ID!) { memberState(code: $code) { name } }",
      {},
      'Variable "$code" of required type "ID!" was not provided.',
    ],
    [
      "an unknown enum value",
      "query ($status: ProjectStatus) { projects(filter: { status: $status }) { totalCount } }",
      { status: "ACTIV" },
      'Variable "$status" got invalid value "ACTIV"; Value "ACTIV" does not exist in "ProjectStatus" enum. Did you mean the enum value "ACTIVE"?',
    ],
  ])("answers %s in variables with 400 BAD_USER_INPUT and graphql-js's message", async (_case, query, variables, message) => {
    const { status, errors } = await api.request(query, variables);
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT" } })]);
  });

  it("refuses a persisted query whose hash is not its text's with 400 PERSISTED_QUERY_HASH_MISMATCH, and still serves honest ones", async () => {
    const query = "{ regions { code } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const send = (body: object) =>
      fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

    const mismatch = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hash.replace(/^./, "0") } } });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      "PERSISTED_QUERY_HASH_MISMATCH",
    );

    const otherVersion = await send({ query, extensions: { persistedQuery: { version: 2, sha256Hash } } });
    expect(otherVersion.status).toBe(400);
    expect(((await otherVersion.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
    );

    expect((await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).status).toBe(200);
    const byHashAlone = await send({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(await byHashAlone.json()).toEqual({ data: { regions: expect.arrayContaining([{ code: "LAC" }]) } });
  });

  it.each(["mutation { deleteProjects }", "subscription { newsPublished { id } }"])(
    "refuses %s with 400 GRAPHQL_VALIDATION_FAILED: the schema only answers queries",
    async (operation) => {
      const { status, errors } = await api.request(operation);
      expect(status).toBe(400);
      expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(errors?.[0]?.message).toMatch(/The schema has no (mutation|subscription) operations/);
    },
  );

  it("reports syntax errors and unknown fields with their location", async () => {
    const syntax = await api.request(`{ projects { nodes { code }`);
    expect(syntax.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await api.request(`{ projects { nodes { secretColumn } } }`);
    expect(unknown.errors?.[0]?.message).toMatch(/Cannot query field "secretColumn" on type "Project"/);
  });

  it("refuses GET queries without a CSRF-safe header", async () => {
    const simpleGet = await fetch(`${api.server.url}?query=${encodeURIComponent("{ regions { code } }")}`);
    expect(simpleGet.status).toBe(400);
  });

  it("serves no page and no explorer files when the explorer is off", async () => {
    const browserGet = await fetch(api.server.url, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(browserGet.status).toBe(400);
    expect(((await browserGet.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      "BAD_REQUEST",
    );
    expect((await fetch(new URL("/explorer/graphiql.js", api.server.url))).status).toBe(404);
  });

  it("answers a URL over Node's 16 KiB header limit with 431 and a code", async () => {
    const response = await fetch(`${api.server.url}?query=${"x".repeat(20_000)}`, { headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(431);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      "REQUEST_HEADERS_TOO_LARGE",
    );
  });

  it("answers bytes that are not HTTP with 400 and a code", async () => {
    const { port } = new URL(api.server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let received = "";
      socket.on("data", (chunk) => (received += chunk.toString()));
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({
      errors: [{ message: "Malformed HTTP request", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("serves 404 outside /graphql and a health check", async () => {
    const root = new URL(api.server.url);
    expect((await fetch(new URL("/other", root))).status).toBe(404);
    expect(await (await fetch(new URL("/health/live", root))).json()).toEqual({ status: "live" });
    expect(await (await fetch(new URL("/health/ready", root))).json()).toEqual({ status: "ready" });
  });
});
