import { decodePage, MAX_PAGE_BYTES, parsePage } from "../../src/import/page-parser";
import { PageParseError } from "../../src/import/parsed-page";

const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeError(bytes: Uint8Array): PageParseError {
  try {
    decodePage("page.txt", bytes);
  } catch (error) {
    if (error instanceof PageParseError) return error;
    throw error;
  }
  throw new Error("decoded without error");
}

describe("decodePage", () => {
  it("reads UTF-8 text with accents and typographic apostrophes", () => {
    expect(decodePage("page.txt", utf8("Côte d’Ivoire\nRépublique dominicaine\n"))).toBe("Côte d’Ivoire\nRépublique dominicaine\n");
  });

  it("drops a leading byte-order mark", () => {
    expect(decodePage("page.txt", utf8("\uFEFFÉthiopie"))).toBe("Éthiopie");
  });

  it("accepts a page of exactly the size limit", () => {
    expect(decodePage("page.txt", new Uint8Array(MAX_PAGE_BYTES).fill(0x61))).toHaveLength(MAX_PAGE_BYTES);
  });

  it("refuses a page over the size limit, giving both sizes", () => {
    const error = decodeError(new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x61));
    expect(error.message).toBe(`page.txt: page is ${MAX_PAGE_BYTES + 1} bytes; the limit is ${MAX_PAGE_BYTES} bytes`);
    expect(error.line).toBeNull();
  });

  it("refuses binary content", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeError(png).problem).toBe("page is binary (contains NUL bytes), not text");
  });

  it("refuses Latin-1 text, which is not valid UTF-8", () => {
    // "Éthiopie" in ISO-8859-1: É is the single byte 0xC9.
    const latin1 = Uint8Array.from([0xc9, ..."thiopie".split("").map((character) => character.charCodeAt(0))]);
    expect(decodeError(latin1).problem).toBe("page is not valid UTF-8 text");
  });

  it("refuses UTF-16 text as binary", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x4f, 0x00, 0x49, 0x00, 0x4d, 0x00]);
    expect(decodeError(utf16).problem).toMatch(/binary/);
  });
});

describe("parsePage", () => {
  it("refuses an empty page or one of blank lines", () => {
    expect(() => parsePage("empty.txt", "")).toThrow("empty.txt: page is empty");
    expect(() => parsePage("blank.txt", " \n\t\r\n")).toThrow("blank.txt: page is empty");
  });
});
