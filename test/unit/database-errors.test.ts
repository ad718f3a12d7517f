import { driverMessageOf, isConnectionFailure } from "../../src/db/database-errors";

// The shapes these errors have when they reach the importer: Prisma's error wrapping its driver
// adapter's, which carries the driver's; or the driver's own, from the migrator's connection.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("\nInvalid `prisma.$executeRaw()` invocation:\n\n\nRaw query failed."), {
    code,
    meta: { driverAdapterError: Object.assign(new Error(String(cause.kind)), { cause }) },
  });

describe("telling a lost database from a failing statement", () => {
  it.each([
    [
      "a server shutting down",
      prismaError("P2010", {
        kind: "postgres",
        code: "57P01",
        originalCode: "57P01",
        originalMessage: "terminating connection due to administrator command",
      }),
    ],
    [
      "a dropped database",
      prismaError("P1003", { kind: "DatabaseDoesNotExist", originalCode: "3D000", originalMessage: 'database "imports" does not exist' }),
    ],
    [
      "a refused connection",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 }),
    ],
    ["a connection cut under the driver", new Error("Connection terminated unexpectedly")],
    ["a closed embedded database", new Error("PGlite is closed")],
  ])("takes %s for a lost database", (_, error) => {
    expect(isConnectionFailure(error)).toBe(true);
  });

  it("takes a constraint violation for a failing statement, and reports the database's own words", () => {
    const error = prismaError("P2010", {
      kind: "postgres",
      code: "23514",
      message: 'new row for relation "NewsArticle" violates check constraint "c"',
    });
    expect(isConnectionFailure(error)).toBe(false);
    expect(driverMessageOf(error)).toBe('new row for relation "NewsArticle" violates check constraint "c"');
  });

  it("prefers the driver's original message to the adapter's summary", () => {
    const error = prismaError("P1003", {
      kind: "DatabaseDoesNotExist",
      originalCode: "3D000",
      originalMessage: 'database "imports" does not exist',
    });
    expect(driverMessageOf(error)).toBe('database "imports" does not exist');
  });
});
