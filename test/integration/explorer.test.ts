import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright";
import { buildExplorer } from "../../src/explorer/build";
import { loadExplorerAssets } from "../../src/explorer/explorer-assets";
import { startTestServer, type TestServer } from "../support/test-server";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIP_REASON = `the explorer's browser tests are SKIPPED because ${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;
if (!HAS_CHROMIUM) console.warn(SKIP_REASON);
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("the explorer, bundled from npm and served by the service", () => {
  let buildDir: string;
  let api: TestServer;

  beforeAll(async () => {
    buildDir = await mkdtemp(path.join(os.tmpdir(), "explorer-"));
    await buildExplorer(buildDir);
    api = await startTestServer({ explorer: await loadExplorerAssets(buildDir) });
  });
  afterAll(async () => {
    await api?.stop();
    await rm(buildDir, { recursive: true, force: true });
  });

  it("answers a browser's GET at the endpoint with the explorer's page, which loads only files of this service", async () => {
    const response = await fetch(api.server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("vary")).toMatch(/\bAccept\b/);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
    const page = await response.text();
    expect(page).toContain('<script type="module" src="explorer/graphiql.js"></script>');
    expect(page).not.toMatch(/https?:\/\//);
  });

  it("serves the bundle with its content types, and 304 when the browser's copy is current", async () => {
    const origin = new URL(api.server.url).origin;
    const script = await fetch(`${origin}/explorer/graphiql.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(Number(script.headers.get("content-length"))).toBeGreaterThan(1_000_000);
    const revalidated = await fetch(`${origin}/explorer/graphiql.js`, { headers: { "if-none-match": script.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);
    for (const [file, type] of [
      ["graphiql.css", "text/css; charset=utf-8"],
      ["graphql.worker.js", "text/javascript; charset=utf-8"],
      ["editor.worker.js", "text/javascript; charset=utf-8"],
    ]) {
      expect((await fetch(`${origin}/explorer/${file}`)).headers.get("content-type")).toBe(type);
    }
    const missing = await fetch(`${origin}/explorer/nothing.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("still answers GraphQL at the same address: a browser's GET with a query, and a GET without one from a client that is not a browser", async () => {
    const query = await fetch(`${api.server.url}?query=${encodeURIComponent("{ regions { code } }")}`, {
      headers: { accept: BROWSER_ACCEPT, "apollo-require-preflight": "true" },
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { regions: expect.arrayContaining([{ code: "LAC" }]) } });
    const noQuery = await fetch(api.server.url, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(noQuery.status).toBe(400);
  });

  (HAS_CHROMIUM ? describe : describe.skip)(HAS_CHROMIUM ? "in a real browser" : `in a real browser: ${SKIP_REASON}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** A page that may reach this service and nothing else, with every refused request and error recorded. */
    async function offlinePage(): Promise<{ page: Page; blocked: string[]; errors: string[]; loaded: string[] }> {
      const page = await (await browser.newContext()).newPage();
      const origin = new URL(api.server.url).origin;
      const blocked: string[] = [];
      const errors: string[] = [];
      const loaded: string[] = [];
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      page.on("requestfinished", (request) => loaded.push(new URL(request.url()).pathname));
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      return { page, blocked, errors, loaded };
    }

    // Monaco renders spaces as no-break spaces.
    const editorText = async (page: Page, selector: string) =>
      (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, " ");

    it("opens with the README's headline query and an Accept-Language header, runs it, and shows PO.0201 with names in that language", async () => {
      const { page, blocked, errors, loaded } = await offlinePage();
      // Monaco starts the GraphQL language worker once the schema is known; it may come after the answer.
      const graphqlWorker = page.waitForResponse((response) => response.url().endsWith("/explorer/graphql.worker.js"));
      const [introspection] = await Promise.all([
        page.waitForResponse((response) => (response.request().postData() ?? "").includes("IntrospectionQuery")),
        page.goto(api.server.url),
      ]);
      expect(introspection.status()).toBe(200);
      await page.locator(".graphiql-query-editor .view-lines").filter({ hasText: "beneficiaryState" }).waitFor();
      expect(await editorText(page, ".graphiql-query-editor")).toMatch(/Names and texts take a locale argument \(FR, EN, ES\)/);
      expect(await editorText(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)")).toMatch(/"Accept-Language":\s+"en"/);

      const [answer] = await Promise.all([
        page.waitForResponse(
          (response) => response.request().method() === "POST" && (response.request().postData() ?? "").includes("beneficiaryState: "),
        ),
        page.locator(".graphiql-execute-button").click(),
      ]);
      expect(answer.request().headers()["accept-language"]).toBe("en");
      const body = (await answer.json()) as {
        data: {
          projects: { totalCount: number; nodes: Array<{ code: string; beneficiaryStates: Array<{ code: string; name: string }> }> };
        };
      };
      expect(body.data.projects.totalCount).toBe(1);
      expect(body.data.projects.nodes[0]?.code).toBe("PO.0201");
      expect(body.data.projects.nodes[0]?.beneficiaryStates).toContainEqual({ code: "CO", name: "Colombia" });

      await page.locator(".graphiql-response .view-lines").filter({ hasText: "PO.0201" }).waitFor();
      const rendered = await editorText(page, ".graphiql-response");
      expect(rendered).toMatch(/"totalCount":\s+1/);
      expect(rendered).toMatch(/"code":\s+"PO.0201"/);

      expect((await graphqlWorker).status()).toBe(200);
      expect(loaded).toEqual(expect.arrayContaining(["/explorer/graphiql.js", "/explorer/graphiql.css", "/explorer/editor.worker.js"]));
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("links to Apollo Sandbox for those online, pointed at this endpoint", async () => {
      const { page } = await offlinePage();
      await page.goto(api.server.url);
      const link = page.getByRole("link", { name: /Apollo Sandbox/ });
      expect(await link.getAttribute("href")).toBe(
        `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(api.server.url)}`,
      );
    });
  });
});
