import { ConfigError, loadConfig } from "../../src/config";

describe("configuration", () => {
  it("allows any origin when CORS_ORIGINS is unset", () => {
    expect(loadConfig({}).allowedOrigins).toBe("any");
  });

  it("reads CORS_ORIGINS as a comma-separated list of origins", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://app.example.org, http://localhost:3000," }).allowedOrigins).toEqual([
      "https://app.example.org",
      "http://localhost:3000",
    ]);
  });

  it.each([
    ["a trailing slash", "https://app.example.org/"],
    ["a path", "https://app.example.org/graphql"],
    ["no scheme", "app.example.org"],
    ["an uppercase host", "https://App.example.org"],
    ["nothing but commas", " , "],
  ])("refuses CORS_ORIGINS with %s, naming the variable", (_problem, value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS: /);
  });

  it.each([
    [{}, true],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", EXPLORER: "on" }, true],
    [{ NODE_ENV: "development", EXPLORER: "off" }, false],
  ])("serves the explorer in development and only when asked in production: %j → %s", (environment, explorer) => {
    expect(loadConfig(environment).explorer).toBe(explorer);
  });

  it("refuses an EXPLORER value other than on or off", () => {
    expect(() => loadConfig({ EXPLORER: "yes" })).toThrow(/EXPLORER: /);
  });

  it("compresses answers from 1 KiB unless told otherwise", () => {
    expect(loadConfig({}).compression).toEqual({ enabled: true, minBytes: 1024 });
    expect(loadConfig({ COMPRESSION: "off", COMPRESSION_MIN_BYTES: "4096" }).compression).toEqual({ enabled: false, minBytes: 4096 });
  });

  it.each([
    ["COMPRESSION", "no"],
    ["COMPRESSION_MIN_BYTES", "-1"],
    ["COMPRESSION_MIN_BYTES", "1.5"],
    ["COMPRESSION_MIN_BYTES", "1kb"],
  ])("refuses %s=%s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });
});
