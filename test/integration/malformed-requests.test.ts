import { createHash } from "node:crypto";
import { MAX_BODY_BYTES } from "../../src/http/server";
import { QUERY_LIMITS } from "../../src/apollo/query-limits";
import { serverForSuite } from "../support/test-server";

/** One request of the corpus, described well enough to replay it by hand. */
interface MalformedRequest {
  name: string;
  method?: string;
  search?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const JSON_HEADERS = { "content-type": "application/json" };
const VALID_QUERY = "{ regions { code } }";

// One operation using a variable of every kind the schema takes: Int, ID!, String, enums, an input
// object, a list, and the Decimal and DateTime scalars.
const PROBE = `query Probe($first: Int, $code: ID!, $locale: Locale, $status: ProjectStatus, $filter: ProjectFilter, $states: [ID!], $min: Decimal, $since: DateTime, $text: String) {
  memberState(code: $code) { name(locale: $locale) }
  paged: projects(first: $first) { totalCount }
  byStatus: projects(filter: { status: $status }) { totalCount }
  filtered: projects(filter: $filter) { totalCount }
  byStates: projects(filter: { beneficiaryState: $states }) { totalCount }
  byBudget: projects(filter: { budgetUsd: { min: $min } }) { totalCount }
  bySince: projects(filter: { updatedSince: $since }) { totalCount }
  byText: projects(filter: { text: $text }) { totalCount }
}`;
const VALID_VARIABLES = {
  first: 5,
  code: "CO",
  locale: "EN",
  status: "ACTIVE",
  filter: { status: "ACTIVE" },
  states: ["CO"],
  min: "1000",
  since: "2020-01-01T00:00:00Z",
  text: "migration",
};
const MISSING = Symbol("missing");
const INVALID_VARIABLES: Record<keyof typeof VALID_VARIABLES, unknown[]> = {
  first: ["ten", 1.5, 2 ** 31, true, {}, [1], ""],
  code: [MISSING, null, {}, [], true, 1.5],
  locale: ["DE", "en", 1, {}],
  status: ["ACTIV", "active", 1, true, { status: "ACTIVE" }],
  filter: [
    { unknownField: 1 },
    "ACTIVE",
    [{ status: "ACTIVE" }],
    { status: "NOPE" },
    { budgetUsd: { min: {} } },
    { activeDuring: "2024" },
    7,
  ],
  states: [[null], [{}], {}, [["CO"]]],
  min: ["abc", {}, true, "1e999999", ""],
  since: ["yesterday", 12, {}, "2024-13-45T99:00:00Z"],
  text: [{}, [], 5, false],
};

function post(name: string, payload: unknown, headers: Record<string, string> = JSON_HEADERS): MalformedRequest {
  return { name, method: "POST", headers, body: JSON.stringify(payload) };
}

function invalidVariableRequests(): MalformedRequest[] {
  return Object.entries(INVALID_VARIABLES).flatMap(([variable, values]) =>
    values.map((value) => {
      const variables: Record<string, unknown> = { ...VALID_VARIABLES };
      if (value === MISSING) delete variables[variable];
      else variables[variable] = value;
      return post(`$${variable} = ${value === MISSING ? "(missing)" : JSON.stringify(value)}`, { query: PROBE, variables });
    }),
  );
}

// Every top-level field of a GraphQL request, given each value of a wrong type in turn.
function wrongTypeRequests(): MalformedRequest[] {
  const wrongValues: unknown[] = [5, true, [], {}, "text", null, [VALID_QUERY], { query: VALID_QUERY }];
  const fields = ["query", "variables", "operationName", "extensions"] as const;
  return fields.flatMap((field) =>
    wrongValues.map((value) => post(`${field}: ${JSON.stringify(value)}`, { query: VALID_QUERY, [field]: value })),
  );
}

function unknownOperationRequests(): MalformedRequest[] {
  const twoOperations = "query A { regions { code } } query B { regions { code } }";
  return [
    post("unknown operation name", { query: VALID_QUERY, operationName: "Nope" }),
    post("two operations, none named", { query: twoOperations }),
    post("two operations, unknown one named", { query: twoOperations, operationName: "C" }),
    post("a mutation the schema does not have", { query: "mutation { deleteEverything }" }),
    post("a subscription the schema does not have", { query: "subscription { news }" }),
    post("only a fragment", { query: "fragment F on Region { code }" }),
    post("unknown variable type", { query: "query ($x: Nope) { regions { code } }", variables: { x: 1 } }),
    post("undeclared variable", { query: "{ memberState(code: $code) { name } }", variables: { code: "CO" } }),
    post("unused variable", { query: "query ($x: Int) { regions { code } }", variables: { x: 1 } }),
  ];
}

function rawBodyRequests(): MalformedRequest[] {
  const bodies: Array<[string, string | Buffer]> = [
    ["empty body", ""],
    ["not JSON", "{ not json"],
    ["a GraphQL document instead of JSON", VALID_QUERY],
    ["JSON null", "null"],
    ["a JSON number", "5"],
    ["a JSON string", JSON.stringify(VALID_QUERY)],
    ["an empty batch", "[]"],
    ["a batch", JSON.stringify([{ query: VALID_QUERY }, { query: VALID_QUERY }])],
    ["an empty object", "{}"],
    ["truncated JSON", JSON.stringify({ query: VALID_QUERY }).slice(0, 10)],
    ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ["a byte-order mark before JSON", `\uFEFF${JSON.stringify({ query: VALID_QUERY })}`],
    ["deeply nested JSON", `{"query":"${VALID_QUERY}","variables":{"a":${"[".repeat(5000)}${"]".repeat(5000)}}}`],
  ];
  return bodies.map(([name, body]) => ({ name, method: "POST", headers: JSON_HEADERS, body }));
}

function transportRequests(): MalformedRequest[] {
  const valid = JSON.stringify({ query: VALID_QUERY });
  const preflighted = { "apollo-require-preflight": "true" };
  return [
    { name: "text/plain body (a CSRF-shaped request)", method: "POST", headers: { "content-type": "text/plain" }, body: valid },
    {
      name: "text/plain body with the preflight header",
      method: "POST",
      headers: { "content-type": "text/plain", ...preflighted },
      body: valid,
    },
    {
      name: "form-encoded body",
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...preflighted },
      body: `query=${VALID_QUERY}`,
    },
    {
      name: "application/graphql body",
      method: "POST",
      headers: { "content-type": "application/graphql", ...preflighted },
      body: VALID_QUERY,
    },
    { name: "no content type", method: "POST", headers: preflighted, body: valid },
    { name: "an Accept the service cannot answer", method: "POST", headers: { ...JSON_HEADERS, accept: "application/xml" }, body: valid },
    ...["PUT", "PATCH", "DELETE"].map((method) => ({ name: `${method} request`, method, headers: JSON_HEADERS, body: valid })),
    { name: "OPTIONS without a preflight", method: "OPTIONS" },
    { name: "GET without a query", method: "GET", headers: preflighted },
    {
      name: "GET with variables that are not JSON",
      method: "GET",
      headers: preflighted,
      search: `?query=${encodeURIComponent(PROBE)}&variables=%7Bnope`,
    },
    {
      name: "GET with extensions that are not JSON",
      method: "GET",
      headers: preflighted,
      search: `?query=${encodeURIComponent(VALID_QUERY)}&extensions=nope`,
    },
    {
      name: "GET with variables that are a list",
      method: "GET",
      headers: preflighted,
      search: `?query=${encodeURIComponent(PROBE)}&variables=%5B1%5D`,
    },
    {
      name: "GET with an invalid variable",
      method: "GET",
      headers: preflighted,
      search: `?query=${encodeURIComponent(PROBE)}&variables=${encodeURIComponent('{"code":"CO","first":"ten"}')}`,
    },
    { name: "GET with a syntax error", method: "GET", headers: preflighted, search: `?query=${encodeURIComponent("{ regions {")}` },
  ];
}

function oversizedRequests(): MalformedRequest[] {
  return [
    post("body over the size limit", { query: VALID_QUERY, padding: "x".repeat(MAX_BODY_BYTES) }),
    post("query over the length limit", { query: `{ regions { code } }${" ".repeat(QUERY_LIMITS.maxQueryLength)}` }),
    post("selection sets nested as deep as the length limit allows", {
      query: `${"{a".repeat(QUERY_LIMITS.maxQueryLength / 3)}${"}".repeat(QUERY_LIMITS.maxQueryLength / 3)}`,
    }),
    post("as many aliases as the length limit allows", {
      query: `{ ${Array.from({ length: 850 }, (_, index) => `r${index}: regions { code }`).join(" ")} }`,
    }),
    {
      name: "GET with a URL over 16 KiB",
      method: "GET",
      headers: { "apollo-require-preflight": "true" },
      search: `?query=${"x".repeat(20_000)}`,
    },
    post("a page far over the maximum", { query: "query ($n: Int) { projects(first: $n) { totalCount } }", variables: { n: 2 ** 31 - 1 } }),
  ];
}

function persistedQueryRequests(): MalformedRequest[] {
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  const persisted = (persistedQuery: unknown, query?: string) => ({
    ...(query === undefined ? {} : { query }),
    extensions: { persistedQuery },
  });
  return [
    post("APQ hash that does not match its query", persisted({ version: 1, sha256Hash: sha256("{ something { else } }") }, VALID_QUERY)),
    post("APQ hash that is not hex", persisted({ version: 1, sha256Hash: "not a hash" }, VALID_QUERY)),
    post("APQ hash that is a number", persisted({ version: 1, sha256Hash: 42 }, VALID_QUERY)),
    post("APQ hash never registered", persisted({ version: 1, sha256Hash: sha256("{ regions { name } }") })),
    post("APQ without a hash", persisted({ version: 1 })),
    post("APQ of an unsupported version", persisted({ version: 2, sha256Hash: sha256(VALID_QUERY) }, VALID_QUERY)),
    post("APQ extension that is a string", persisted("yes", VALID_QUERY)),
    post("APQ extension that is null", persisted(null, VALID_QUERY)),
    {
      name: "APQ by GET with a wrong hash",
      method: "GET",
      headers: { "apollo-require-preflight": "true" },
      search: `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }))}`,
    },
  ];
}

const CORPUS: MalformedRequest[] = [
  ...invalidVariableRequests(),
  ...wrongTypeRequests(),
  ...unknownOperationRequests(),
  ...rawBodyRequests(),
  ...transportRequests(),
  ...oversizedRequests(),
  ...persistedQueryRequests(),
];

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
}

describe("a corpus of malformed requests over real HTTP", () => {
  const api = serverForSuite();

  async function send(request: MalformedRequest): Promise<Answer> {
    const response = await fetch(`${api.server.url}${request.search ?? ""}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as Answer["body"] };
    } catch {
      throw new Error(`${request.name}: HTTP ${response.status} answered something that is not JSON: ${text.slice(0, 200)}`);
    }
  }

  it(`answers each of ${CORPUS.length} malformed requests without a 5xx, every error with a code`, async () => {
    const problems: string[] = [];
    const seen = new Map<string, number>();
    for (const request of CORPUS) {
      const { status, body } = await send(request);
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      const key = `${status} ${codes.join(",") || "(no error)"}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (status >= 500) problems.push(`${request.name}: HTTP ${status} ${JSON.stringify(body)}`);
      if (codes.some((code) => typeof code !== "string")) problems.push(`${request.name}: an error without a code ${JSON.stringify(body)}`);
      // The persisted-query protocol answers an unknown hash with 200: the client then sends the query text.
      const requestError = body.data === undefined && !codes.includes("PERSISTED_QUERY_NOT_FOUND");
      if (requestError && (status < 400 || codes.length === 0))
        problems.push(`${request.name}: no data, yet HTTP ${status} ${JSON.stringify(body)}`);
      if (codes.includes("INTERNAL_SERVER_ERROR")) problems.push(`${request.name}: reported as an internal error ${JSON.stringify(body)}`);
    }
    console.log(`Malformed requests by answer:\n${[...seen].map(([key, count]) => `  ${String(count).padStart(3)} × ${key}`).join("\n")}`);
    expect(problems).toEqual([]);
  });

  it("answers every invalid variable with 400 BAD_USER_INPUT and graphql-js's message naming the variable", async () => {
    const problems: string[] = [];
    for (const request of invalidVariableRequests()) {
      const { status, body } = await send(request);
      const variable = request.name.split(" ")[0]!;
      const error = body.errors?.[0];
      if (status !== 400 || error?.extensions?.code !== "BAD_USER_INPUT" || !String(error.message).startsWith(`Variable "${variable}"`)) {
        problems.push(`${request.name}: HTTP ${status} ${JSON.stringify(body)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("still answers the probe operation when its variables are valid", async () => {
    const { status, body } = await send(post("valid", { query: PROBE, variables: VALID_VARIABLES }));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  });
});
