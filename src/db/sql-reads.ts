import type { Prisma, PrismaClient } from "@prisma/client";
import pg, { type CustomTypesConfig, type Pool } from "pg";
import type { StatementCounter } from "./statement-counter";

/** Runs one read statement and gives its rows: what every GraphQL read goes through. */
export type ReadSql = <Row>(sql: Prisma.Sql) => Promise<Row[]>;

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

// Prisma reads a timestamp without time zone as UTC, node-postgres in the process's own zone: the
// pool reads it as Prisma does. Every other column the reads select (text, int, float8, json, arrays
// of text) comes out of both the same.
const PRISMA_LIKE_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as CustomTypesConfig["getTypeParser"],
};

/**
 * Reads straight through the pool under Prisma's driver adapter: the same connections, prepared
 * statements and timeouts, without Prisma's raw-query path (its per-row conversion of the driver's
 * rows into objects was a tenth of a large page's CPU). Counted like Prisma's statements.
 */
export function poolReads(pool: Pool, statements: StatementCounter): ReadSql {
  return <Row>(sql: Prisma.Sql) =>
    statements.measure(async () => (await pool.query({ text: sql.text, values: sql.values, types: PRISMA_LIKE_TYPES })).rows as Row[]);
}

/** Reads through Prisma (already counted at its adapter): the embedded database's one connection gains nothing from a second way in. */
export function prismaReads(prisma: PrismaClient): ReadSql {
  return <Row>(sql: Prisma.Sql) => prisma.$queryRaw<Row[]>(sql);
}
