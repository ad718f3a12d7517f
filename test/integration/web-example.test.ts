import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page, type Request } from "playwright";
import { serveStaticSite, type StaticSite } from "../support/static-site";
import { startTestServer, type TestServer } from "../support/test-server";
import { PO_0201 } from "../support/sample-pages";

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIP_REASON = `the web example's browser tests are SKIPPED because ${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;
if (!HAS_CHROMIUM) console.warn(SKIP_REASON);

/** One GraphQL request the page sent to the service, and what the browser received. */
interface ServiceCall {
  operationName: string;
  variables: Record<string, unknown>;
  method: string;
  origin: string | undefined;
  contentType: string | undefined;
  status: number | undefined;
  allowOrigin: string | null | undefined;
  data: any;
}

/** A CORS preflight the browser sent to the service before a request, and the service's answer. */
interface Preflight {
  origin: string | undefined;
  requestedHeaders: string | undefined;
  status: number;
  headers: Record<string, string>;
}

interface Visit {
  page: Page;
  /** Every request the page sent to the service, once answered. */
  serviceCalls(): Promise<ServiceCall[]>;
  preflights: Preflight[];
  blocked: string[];
  errors: string[];
}

async function describeCall(request: Request): Promise<ServiceCall> {
  const response = await request.response();
  const sent = await request.allHeaders();
  const body = request.postDataJSON() as { operationName: string; variables: Record<string, unknown> };
  return {
    operationName: body.operationName,
    variables: body.variables,
    method: request.method(),
    origin: sent["origin"],
    contentType: sent["content-type"],
    status: response?.status(),
    allowOrigin: await response?.headerValue("access-control-allow-origin"),
    data: ((await response?.json()) as { data: unknown } | undefined)?.data,
  };
}

(HAS_CHROMIUM ? describe : describe.skip)(
  HAS_CHROMIUM ? "the web example, built with Vite and served from another origin" : `the web example: ${SKIP_REASON}`,
  () => {
    let api: TestServer;
    let buildDir: string;
    let site: StaticSite;
    let browser: Browser;

    beforeAll(async () => {
      buildDir = await mkdtemp(path.join(os.tmpdir(), "web-example-"));
      [api, site, browser] = await Promise.all([
        startTestServer(),
        serveStaticSite(buildDir),
        chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] }),
      ]);
      // Built once for the file, pointed at this run's service.
      await promisify(execFile)(
        path.join(ROOT, "node_modules", ".bin", "vite"),
        ["build", "examples/web", "--outDir", buildDir, "--emptyOutDir", "--logLevel", "warn"],
        {
          cwd: ROOT,
          env: { ...process.env, VITE_GRAPHQL_URL: api.server.url },
        },
      );
    });
    afterAll(async () => {
      await browser?.close();
      await site?.stop();
      await api?.stop();
      if (buildDir) await rm(buildDir, { recursive: true, force: true });
    });

    /**
     * The example's page, able to reach its own origin and the service's and nothing else. Blocking is
     * Chromium's (DevTools protocol), not Playwright's routing: with a route set, Playwright answers
     * CORS preflights itself, and the service's own answers would go untested.
     */
    async function openExample(query = ""): Promise<Visit> {
      const page = await (await browser.newContext()).newPage();
      const devtools = await page.context().newCDPSession(page);
      await devtools.send("Network.enable");
      await devtools.send("Network.setBlockedURLs", {
        urlPatterns: [new URL(site.url).origin, new URL(api.server.url).origin].map((origin) => ({
          urlPattern: `${origin}/*`,
          block: false,
        })),
        urls: ["*"],
      });
      const visit: Visit = { page, serviceCalls: () => Promise.all(calls), preflights: [], blocked: [], errors: [] };
      const calls: Array<Promise<ServiceCall>> = [];
      const urls = new Map<string, string>();
      const preflightRequests = new Map<string, Record<string, string>>();
      devtools.on("Network.requestWillBeSent", ({ requestId, request, initiator }) => {
        urls.set(requestId, request.url);
        if (initiator.type === "preflight") preflightRequests.set(requestId, request.headers);
      });
      devtools.on("Network.responseReceived", ({ requestId, response }) => {
        const sent = preflightRequests.get(requestId);
        if (sent)
          visit.preflights.push({
            origin: sent["Origin"],
            requestedHeaders: sent["Access-Control-Request-Headers"],
            status: response.status,
            headers: response.headers,
          });
      });
      devtools.on("Network.loadingFailed", ({ requestId, blockedReason }) => {
        if (blockedReason) visit.blocked.push(urls.get(requestId) ?? requestId);
      });
      page.on("request", (request) => {
        if (request.url() === api.server.url) calls.push(describeCall(request));
      });
      page.on("pageerror", (error) => visit.errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") visit.errors.push(message.text());
      });
      await page.goto(`${site.url}${query}`);
      // Zimbabwe comes on the last of the three pages of memberStates: then the picker lists every country.
      await page.locator("#country option[value='ZW']").waitFor({ state: "attached" });
      expect(await page.locator("#country option").count()).toBe(1 + 250);
      return visit;
    }

    const projectCodes = (page: Page) =>
      page.locator(".project").evaluateAll((items) => items.map((item) => item.getAttribute("data-code")));
    const headlineCalls = (calls: ServiceCall[]) => calls.filter((call) => call.operationName === "HeadlineView");

    it("shows Colombia's active project with its region, 7 beneficiary states and latest news, in French then in English, over CORS", async () => {
      const { page, serviceCalls, preflights, blocked, errors } = await openExample();
      const siteOrigin = new URL(site.url).origin;
      expect(siteOrigin).not.toBe(new URL(api.server.url).origin);

      await page.selectOption("#country", "CO");
      const project = page.locator(".project[data-code='PO.0201']");
      await project.waitFor();
      const beneficiaries = project.locator(".beneficiary-states li");
      expect(await page.locator("#status").innerText()).toBe("1 projet actif");
      expect(await projectCodes(page)).toEqual(["PO.0201"]);
      expect(await project.locator(".title").innerText()).toBe(
        "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
      );
      expect(await project.locator(".region").innerText()).toBe("Amérique latine et Caraïbes");
      // From data/pages: the project's seven eligible beneficiary member states.
      expect(await beneficiaries.evaluateAll((items) => items.map((item) => item.getAttribute("data-code")))).toEqual(
        PO_0201.beneficiaries,
      );
      expect(await beneficiaries.allInnerTexts()).toEqual(["Argentine", "Bolivie", "Colombie", "Équateur", "Guyana", "Pérou", "Paraguay"]);
      expect(await project.locator(".latest-news").innerText()).toBe("Nouvelles ressources pour les efforts de lutte contre la traite");

      await page.locator("button[data-locale='EN']").click();
      await project.locator(".region", { hasText: "Latin America and the Caribbean" }).waitFor();
      expect(await beneficiaries.allInnerTexts()).toEqual(["Argentina", "Bolivia", "Colombia", "Ecuador", "Guyana", "Peru", "Paraguay"]);
      expect(await page.locator("#status").innerText()).toBe("1 active project");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      // South Africa comes on the last page of countries: the English list is complete.
      await page.locator("#country option[value='ZA']", { hasText: "South Africa" }).waitFor({ state: "attached" });
      expect(await page.locator("#country option[value='CO']").innerText()).toBe("Colombia");

      // Back to French: the cache keeps each language's names (locale is an argument), so nothing is asked again.
      const callsInEnglish = (await serviceCalls()).length;
      await page.locator("button[data-locale='FR']").click();
      await project.locator(".region", { hasText: "Amérique latine et Caraïbes" }).waitFor();
      expect(await page.locator("#country option[value='ZA']").innerText()).toBe("Afrique du Sud");

      const calls = await serviceCalls();
      expect(calls).toHaveLength(callsInEnglish);
      expect(headlineCalls(calls).map((call) => call.variables)).toEqual([
        { country: "CO", locale: "FR", first: 10 },
        { country: "CO", locale: "EN", first: 10 },
      ]);
      expect(calls.filter((call) => call.operationName === "CountryPicker").map((call) => call.variables.locale)).toEqual([
        "FR",
        "FR",
        "FR",
        "EN",
        "EN",
        "EN",
      ]);
      for (const call of calls) {
        expect(call).toMatchObject({ method: "POST", origin: siteOrigin, contentType: "application/json", status: 200, allowOrigin: "*" });
      }
      // A JSON POST from another origin is preflighted; the answer is remembered, so one is enough.
      expect(preflights.length).toBeGreaterThanOrEqual(1);
      for (const preflight of preflights) {
        expect(preflight).toMatchObject({ origin: siteOrigin, requestedHeaders: "content-type", status: 204 });
        expect(preflight.headers).toMatchObject({
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, POST, OPTIONS",
        });
        expect(preflight.headers["access-control-allow-headers"]).toMatch(/\bcontent-type\b/);
      }

      // Anything else is out of reach.
      expect(
        await page.evaluate(() =>
          fetch("https://example.org/").then(
            () => "answered",
            () => "refused",
          ),
        ),
      ).toBe("refused");
      expect(blocked).toEqual(["https://example.org/"]);
      expect(errors).toEqual([]);
    });

    it("pages with `after` when 'more' is pressed, appending the next page to the list shown", async () => {
      const { page, serviceCalls, blocked, errors } = await openExample("?pageSize=1");
      await page.selectOption("#country", "EC");
      await page.locator(".project[data-code='PO.0201']").waitFor();
      expect(await projectCodes(page)).toEqual(["PO.0201"]);
      expect(await page.locator("#status").innerText()).toBe("2 projets actifs");

      await page.locator("#more", { hasText: "Plus de projets" }).click();
      await page.locator(".project[data-code='RR.0344']").waitFor();
      expect(await projectCodes(page)).toEqual(["PO.0201", "RR.0344"]);
      expect(await page.locator("#more").isHidden()).toBe(true);

      const [firstPage, secondPage, ...others] = headlineCalls(await serviceCalls());
      expect(firstPage?.variables).toEqual({ country: "EC", locale: "FR", first: 1 });
      expect(secondPage?.variables).toEqual({ country: "EC", locale: "FR", first: 1, after: firstPage?.data.projects.pageInfo.endCursor });
      expect(others).toEqual([]);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);
