import { acceptedCodings } from "../../src/http/content-coding";

describe("Accept-Encoding, read as RFC 9110 says", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["gzip", "gzip"],
    ["br", "br"],
    ["gzip, deflate", "gzip"],
    ["gzip, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["GZIP;Q=0.8, Br;q=0.9", "br"],
    ["*", "br"],
    ["br;q=0, *", "gzip"],
    ["deflate, compress", null],
    ["gzip;q=0.5, identity", null],
    ["gzip, identity;q=0.5", "gzip"],
    ["gzip, identity", "gzip"],
    ["gzip;q=0", null],
    ["gzip;q=2, br;q=abc", null],
    ["gzip;q=1.000", "gzip"],
  ])("%j: answers in %s", (header, coding) => {
    expect(acceptedCodings(header).coding).toBe(coding);
  });

  it.each([
    ["identity;q=0", false],
    ["gzip, identity;q=0", false],
    ["*;q=0", false],
    ["*;q=0, identity", true],
    ["gzip, *;q=0", false],
    ["gzip", true],
    [undefined, true],
  ])("%j: an answer without coding is acceptable: %s", (header, acceptable) => {
    expect(acceptedCodings(header).identityAcceptable).toBe(acceptable);
  });
});
