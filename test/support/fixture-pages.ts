import fs from "node:fs";
import path from "node:path";
import { parsePage } from "../../src/import/page-parser";
import { PageParseError, type ParsedNews, type ParsedProject } from "../../src/import/parsed-page";

/** The example pages of the tests (test/fixtures/pages). */
export const FIXTURE_PAGES = path.join(__dirname, "..", "fixtures", "pages");

export function readFixture(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_PAGES, file), "utf8");
}

export function projectOf(file: string, text = readFixture(file)): ParsedProject {
  const page = parsePage(file, text);
  if (page.kind !== "project") throw new Error(`${file} parsed as ${page.kind}`);
  return page.project;
}

export function newsOf(file: string, text = readFixture(file)): ParsedNews {
  const page = parsePage(file, text);
  if (page.kind !== "news") throw new Error(`${file} parsed as ${page.kind}`);
  return page.news;
}

/** The PageParseError a fixture gives; fails the test when it parses. */
export function parseErrorOf(file: string, text = readFixture(file)): PageParseError {
  try {
    parsePage(file, text);
  } catch (error) {
    if (error instanceof PageParseError) return error;
    throw error;
  }
  throw new Error(`${file} parsed without error`);
}
