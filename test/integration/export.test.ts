import http from "node:http";
import { parse } from "csv-parse/sync";
import { generateDataset } from "../../src/dataset/generated-dataset";
import { COUNTRIES } from "../../src/reference/countries";
import { decoded, rawRequest, varyFields, type RawAnswer } from "../support/raw-http";
import { serverForSuite, type GraphQLResponse, type TestServer } from "../support/test-server";

// Expected rows come from the generated arrays and the reference table of countries, or from the
// GraphQL API itself where the export promises to answer as it does.
const dataset = generateDataset(1_200, 1_300, 5);
const TRICKY_TITLE = 'Migration, "retour" et\nréintégration; étape 2';
const trickyProject = dataset.projects[3]!;

const PROJECT_SELECTION = `code primaId title(locale: $locale) status coverage projectType(locale: $locale) budgetUsd allocationYear
  startYear endYear region { code name(locale: $locale) } beneficiaryStates { code name(locale: $locale) }
  otherBenefitingCountries { code name(locale: $locale) }`;
const NEWS_SELECTION = `id publishedAt title sourceLanguage countries { code name(locale: $locale) } projectCodes`;

const countryName = (code: string, locale: "nameFr" | "nameEn" | "nameEs") => COUNTRIES.find((country) => country.code === code)![locale];

function exportUrl(api: TestServer, path: string): URL {
  return new URL(path, api.server.url);
}

/** Every node of a GraphQL list, page after page; `moreArguments` such as `orderBy: [...]`, written out. */
async function allNodes(
  api: TestServer,
  list: "projects" | "newsArticles",
  filterType: string,
  selection: string,
  variables: object,
  moreArguments = "",
) {
  const nodes: unknown[] = [];
  let after: string | null = null;
  do {
    const { data, errors }: GraphQLResponse<any> = await api.request(
      `query($filter: ${filterType}, $after: String, $locale: Locale) { ${list}(filter: $filter, first: 100, after: $after ${moreArguments}) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { ...variables, after },
    );
    expect(errors).toBeUndefined();
    nodes.push(...data[list].nodes);
    after = data[list].pageInfo.hasNextPage ? data[list].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const ndjsonRows = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

// What an export says about itself in its headers, whatever its coding and whether GET or HEAD asked.
const EXPORT_HEADERS = ["content-type", "content-disposition", "cache-control", "x-total-count", "access-control-expose-headers"];
const exportHeaders = (answer: RawAnswer) => EXPORT_HEADERS.map((name) => answer.headers[name]);

async function exportCounter(api: TestServer, outcome: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", api.server.url))).text();
  const lines = text.split("\n").filter((line) => line.startsWith("iom_export_requests_total{") && line.includes(`outcome="${outcome}"`));
  return lines.reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

describe("bulk export over HTTP", () => {
  const api = serverForSuite({ withSamples: true, dataset });

  beforeAll(async () => {
    await api.db.prisma.$executeRaw`UPDATE "ProjectText" SET "title" = ${TRICKY_TITLE} WHERE "projectCode" = ${trickyProject.code}`;
  });

  it("writes every project as CSV that a CSV parser reads back: RFC 4180 quoting, CRLF, a BOM, exact budgets, names in the locale", async () => {
    const response = await fetch(exportUrl(api, "/export/projects.csv?locale=es"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="projects.csv"');
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const total = dataset.projects.length + 4;
    expect(response.headers.get("x-total-count")).toBe(String(total));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    // Records end with CRLF; the one bare line feed is the tricky title's own, inside its quotes.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(text).toContain('"Migration, ""retour"" et\nréintégration; étape 2"');
    expect(text.startsWith("\uFEFFcode,primaId,title,status,")).toBe(true);

    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(total);
    const codes = rows.map((row) => row.code!);
    expect(codes).toEqual([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byCode = new Map(rows.map((row) => [row.code!, row]));
    for (const project of dataset.projects) {
      const row = byCode.get(project.code)!;
      expect(row.budgetUsd).toBe(project.budgetUsd);
      expect(row.beneficiaryStates).toBe([...project.beneficiaries].sort().join(";"));
    }
    expect(byCode.get(trickyProject.code)!.title).toBe(TRICKY_TITLE);
    const colombian = dataset.projects.find((project) => project.beneficiaries[0] === "CO" && project.beneficiaries.length > 1)!;
    expect(byCode.get(colombian.code)!.beneficiaryStateNames).toBe(
      [...colombian.beneficiaries]
        .sort()
        .map((code) => countryName(code, "nameEs"))
        .join(";"),
    );
    expect(byCode.get("PO.0201")).toMatchObject({ budgetUsd: "400000.00", primaId: "AR99P0518", regionCode: "LAC", status: "ACTIVE" });
  });

  it("writes the projects of a filter as NDJSON equal to the GraphQL answer for the same filter", async () => {
    const response = await fetch(exportUrl(api, "/export/projects.ndjson?status=ACTIVE&region=LAC,AFR&budgetUsd.min=100000&locale=en"));
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const exported = ndjsonRows(await response.text());
    const filter = { status: "ACTIVE", region: ["LAC", "AFR"], budgetUsd: { min: "100000" } };
    const answered = await allNodes(api, "projects", "ProjectFilter", PROJECT_SELECTION, { filter, locale: "EN" });
    expect(answered.length).toBeGreaterThan(50);
    expect(exported).toEqual(answered);
    expect(response.headers.get("x-total-count")).toBe(String(answered.length));
  });

  it("writes news as a JSON array equal to the GraphQL answer, newest first, across batches", async () => {
    const response = await fetch(exportUrl(api, "/export/news.json?publishedAfter=2012-01-01T00:00:00Z&locale=fr"));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const exported = (await response.json()) as unknown[];
    const filter = { publishedAfter: "2012-01-01T00:00:00Z" };
    const answered = await allNodes(api, "newsArticles", "NewsFilter", NEWS_SELECTION, { filter, locale: "FR" });
    expect(answered.length).toBeGreaterThan(500);
    expect(exported).toEqual(answered);
  });

  it("writes all news, undated last, with their countries and project codes, to CSV", async () => {
    const text = await (await fetch(exportUrl(api, "/export/news.csv?country=CO,PE&locale=en"))).text();
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const expected = dataset.news.filter((news) => news.countries.some((code) => ["CO", "PE"].includes(code)));
    expect(rows.filter((row) => row.id!.startsWith("generated-news-"))).toHaveLength(expected.length);
    const firstUndated = rows.findIndex((row) => row.publishedAt === "");
    expect(rows.slice(firstUndated).every((row) => row.publishedAt === "")).toBe(true);
    for (const news of expected) {
      const row = rows.find((candidate) => candidate.id === news.id)!;
      expect(row.countries).toBe([...news.countries].sort().join(";"));
      expect(row.countryNames).toBe(
        [...news.countries]
          .sort()
          .map((code) => countryName(code, "nameEn"))
          .join(";"),
      );
      expect(row.projectCodes).toBe(news.projectCodes.join(";"));
    }
  });

  it.each(["br", "gzip"])(
    "sends a CSV export in %s when asked, decoding to exactly the bytes of the plain file, which csv-parse reads back",
    async (coding) => {
      const url = exportUrl(api, "/export/projects.csv?locale=es");
      const plain = await rawRequest(url, { headers: { "accept-encoding": "identity" } });
      const compressed = await rawRequest(url, { headers: { "accept-encoding": coding } });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(compressed.status).toBe(200);
      expect(compressed.headers["content-encoding"]).toBe(coding);
      expect(compressed.headers["transfer-encoding"]).toBe("chunked");
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decoded(compressed).equals(plain.body)).toBe(true);
      expect(parse(decoded(compressed), { bom: true, columns: true })).toHaveLength(dataset.projects.length + 4);
      expect(exportHeaders(compressed)).toEqual(exportHeaders(plain));
      expect(varyFields(compressed)).toEqual(expect.arrayContaining(["Accept-Language", "Accept-Encoding"]));
      expect(varyFields(plain)).toContain("Accept-Encoding");
    },
  );

  it.each([
    ["news.json?locale=en", "br"],
    ["projects.ndjson?region=LAC", "gzip"],
  ])("sends %s in %s, decoding to exactly the bytes of the plain file", async (path, coding) => {
    const url = exportUrl(api, `/export/${path}`);
    const plain = await rawRequest(url);
    const compressed = await rawRequest(url, { headers: { "accept-encoding": `${coding}, identity;q=0.5` } });
    expect(compressed.headers["content-encoding"]).toBe(coding);
    expect(decoded(compressed).equals(plain.body)).toBe(true);
    expect(exportHeaders(compressed)).toEqual(exportHeaders(plain));
  });

  it("answers HEAD with the status and headers GET sends, from the count alone, without a body", async () => {
    const url = exportUrl(api, "/export/projects.csv?status=ACTIVE&locale=en");
    const get = await rawRequest(url, { headers: { "accept-encoding": "br" } });
    let head: RawAnswer | undefined;
    const statements = await api.countStatements(async () => {
      head = await rawRequest(url, { method: "HEAD", headers: { "accept-encoding": "br" } });
    });
    expect(head!.status).toBe(200);
    expect(exportHeaders(head!)).toEqual(exportHeaders(get));
    expect(head!.headers["content-encoding"]).toBe("br");
    expect(varyFields(head!)).toEqual(varyFields(get));
    expect(Number(head!.headers["x-total-count"])).toBe(parse(decoded(get), { bom: true, columns: true }).length);
    expect(head!.body.length).toBe(0);
    expect(statements).toBe(1);
  });

  it("answers HEAD with bad parameters 400, as GET", async () => {
    const head = await rawRequest(exportUrl(api, "/export/news.ndjson?country=Narnia"), { method: "HEAD" });
    expect(head.status).toBe(400);
    expect(head.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(head.body.length).toBe(0);
  });

  it("refuses other methods with 405, saying in Allow that GET and HEAD read exports", async () => {
    const post = await rawRequest(exportUrl(api, "/export/news.ndjson"), { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    expect(JSON.parse(post.body.toString()).errors[0].extensions.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("gives the export URL of a GraphQL list, which exports that list", async () => {
    const { data } = await api.request(
      `{ projects(filter: { anyCountry: ["EC"], allocationYear: { min: 2010, max: 2020 } }) { exportUrl(format: NDJSON, locale: EN) totalCount }
         memberState(code: "CO") { projects { exportUrl(format: CSV) } } }`,
    );
    expect(data.projects.exportUrl).toBe("/export/projects.ndjson?anyCountry=EC&allocationYear.min=2010&allocationYear.max=2020&locale=en");
    expect(data.memberState.projects.exportUrl).toBeNull();
    const exported = ndjsonRows(await (await fetch(exportUrl(api, data.projects.exportUrl))).text());
    expect(exported).toHaveLength(data.projects.totalCount);
  });

  it("exports projects in the order orderBy gives, largest budgets first and ties by code, across batches", async () => {
    const response = await fetch(exportUrl(api, "/export/projects.csv?orderBy=BUDGET:DESC,CODE&locale=en"));
    const rows = parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(dataset.projects.length + 4);
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    const inOrder = [...rows].sort(
      (a, b) => Number(b.budgetUsd) - Number(a.budgetUsd) || (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0),
    );
    expect(rows.map((row) => row.code)).toEqual(inOrder.map((row) => row.code));
  });

  it("gives the export URL of an ordered list, which exports it in the order the list pages it", async () => {
    const orderBy = "orderBy: [{ field: START_YEAR, direction: DESC }, { field: TITLE }]";
    const { data } = await api.request(
      `{ projects(filter: { region: ["LAC", "AFR"] }, ${orderBy}) { exportUrl(format: NDJSON, locale: ES) } }`,
    );
    expect(data.projects.exportUrl).toBe(
      "/export/projects.ndjson?region=LAC&region=AFR&orderBy=START_YEAR%3ADESC&orderBy=TITLE%3AASC&locale=es",
    );
    const exported = ndjsonRows(await (await fetch(exportUrl(api, data.projects.exportUrl))).text());
    const filter = { region: ["LAC", "AFR"] };
    const answered = await allNodes(api, "projects", "ProjectFilter", PROJECT_SELECTION, { filter, locale: "ES" }, orderBy);
    expect(answered.length).toBeGreaterThan(500);
    expect(exported).toEqual(answered);
  });

  it("orders by relevance to the text filter, as the list does, and refuses to without one", async () => {
    const path = "/export/projects.ndjson?text=migration&orderBy=RELEVANCE:DESC&locale=fr";
    const exported = ndjsonRows(await (await fetch(exportUrl(api, path))).text());
    const filter = { text: "migration" };
    const orderBy = "orderBy: [{ field: RELEVANCE, direction: DESC }]";
    const answered = await allNodes(api, "projects", "ProjectFilter", PROJECT_SELECTION, { filter, locale: "FR" }, orderBy);
    expect(answered.length).toBeGreaterThan(100);
    expect(exported).toEqual(answered);
    const refused = await fetch(exportUrl(api, "/export/projects.ndjson?orderBy=RELEVANCE"));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", parameter: "orderBy" });
  });

  it.each([
    ["an unknown ordering field", "orderBy=COLOUR", "orderBy"],
    ["an ordering in lower case", "orderBy=budget:desc", "orderBy"],
    ["an ordering key with two directions", "orderBy=BUDGET:DESC:ASC", "orderBy"],
    ["an ordering naming a field twice", "orderBy=BUDGET:DESC&orderBy=BUDGET", "orderBy"],
    ["an unknown country code", "beneficiaryState=Narnia", "beneficiaryState"],
    ["a bad status", "status=RUNNING", "status"],
    ["a year range upside down", "allocationYear.min=2020&allocationYear.max=2010", "allocationYear"],
    ["a year that is no number", "startYear.min=soon", "startYear.min"],
    ["an inexact budget", "budgetUsd.max=12.345", "budgetUsd.max"],
    ["an unknown parameter", "colour=blue", "colour"],
    ["an unknown locale", "locale=de", "locale"],
  ])("refuses %s with a 400 naming the parameter, as GraphQL refuses the same argument", async (_case, query, parameter) => {
    const response = await fetch(exportUrl(api, `/export/projects.csv?${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, string> }> };
    expect(body.errors[0]!.extensions).toEqual({ code: "BAD_USER_INPUT", parameter });
    expect(body.errors[0]!.message).toContain(parameter.split(".")[0]);
  });

  it("refuses an ordering of news, which come in one order", async () => {
    const response = await fetch(exportUrl(api, "/export/news.csv?orderBy=CODE"));
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.parameter).toBe("orderBy");
  });

  it("refuses in GraphQL what it refuses in parameters", async () => {
    for (const filter of [{ beneficiaryState: "Narnia" }, { allocationYear: { min: 2020, max: 2010 } }]) {
      const { errors } = await api.request(`query($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }`, { filter });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("answers an unknown export with a 404 and counts outcomes in the metrics", async () => {
    expect((await fetch(exportUrl(api, "/export/projects.xlsx"))).status).toBe(404);
    expect(await exportCounter(api, "ok")).toBeGreaterThan(0);
    expect(await exportCounter(api, "client_error")).toBeGreaterThan(0);
  });
});

describe("a bulk export of 20,000 projects, one execution slot, a 2 s deadline", () => {
  const big = generateDataset(20_000, 0, 9);
  const api = serverForSuite({ withSamples: false, dataset: big, maxConcurrentExecutions: 1, requestTimeoutMs: 2_000 });

  it("shares the one slot with another export and a GraphQL request, a batch at a time", async () => {
    // A few batches of 500 each, well within the 2 s deadline on a busy machine.
    const lac = big.projects.filter((project) => project.regionCode === "LAC" && project.status === "ACTIVE").length;
    expect(lac).toBeGreaterThan(1_000);
    // Files as they are: compressing them would only add processor time to the 2 s this is given.
    const plain = { headers: { "accept-encoding": "identity" } };
    const [first, second, graphql] = await Promise.all([
      fetch(exportUrl(api, "/export/projects.ndjson?region=LAC&status=ACTIVE"), plain).then((response) => response.text()),
      fetch(exportUrl(api, "/export/projects.csv?region=LAC&status=ACTIVE"), plain).then((response) => response.text()),
      api.request(`{ projects(first: 1) { totalCount } }`),
    ]);
    expect(ndjsonRows(first)).toHaveLength(lac);
    expect(parse(second, { bom: true, columns: true })).toHaveLength(lac);
    expect(graphql.data.projects.totalCount).toBe(big.projects.length);
  });

  it("ends a transfer unfinished when the deadline passes while a slow client reads", async () => {
    const { received, ended } = await new Promise<{ received: number; ended: string }>((resolve) => {
      let received = 0;
      http.get(exportUrl(api, "/export/projects.json"), (response) => {
        response.on("data", (chunk: Buffer) => (received += chunk.length));
        // Reads nothing for longer than the deadline, then all that arrives.
        response.pause();
        setTimeout(() => response.resume(), 2_500);
        response.on("end", () => resolve({ received, ended: "complete" }));
        response.on("error", () => resolve({ received, ended: "broken" }));
        response.on("aborted", () => resolve({ received, ended: "broken" }));
      });
    });
    expect(ended).toBe("broken");
    // The whole file is about 480 bytes a project.
    expect(received).toBeLessThan(big.projects.length * 400);
    expect(await exportCounter(api, "unavailable")).toBe(1);
  });

  it.each([
    ["as it is", "identity"],
    ["in gzip", "gzip"],
  ])(
    "stops reading when the client goes away, the file sent %s: no statement after the one in flight, the pool's connections back, counted as client_closed",
    async (_case, coding) => {
      const [closedBefore, okBefore] = [await exportCounter(api, "client_closed"), await exportCounter(api, "ok")];
      const before = api.db.statements.total;
      await new Promise<void>((resolve, reject) => {
        const request = http.get(exportUrl(api, "/export/projects.json"), { headers: { "accept-encoding": coding } }, (response) => {
          expect(response.statusCode).toBe(200);
          // Reads one chunk, then nothing: the server fills the socket's buffers and waits for them to drain.
          response.once("data", () => {
            response.pause();
            setTimeout(() => {
              request.destroy();
              resolve();
            }, 300);
          });
        });
        request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const afterClose = api.db.statements.total;
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(api.db.statements.total).toBe(afterClose);
      // A whole export is a count and 40 batches of 500; it stopped well before.
      expect(afterClose - before).toBeLessThan(30);
      expect(await exportCounter(api, "client_closed")).toBe(closedBefore + 1);
      expect(await exportCounter(api, "ok")).toBe(okBefore);
      const pool = api.db.poolUse();
      if (pool) expect(pool.idle).toBe(pool.total);
    },
  );
});
