import { Client } from "pg";
import { databaseForSuite } from "../support/test-database";

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

onPostgres("a read whose connection drops", () => {
  const test = databaseForSuite();

  it("is tried once more on a new connection and answers, while a write is not tried again", async () => {
    const killer = new Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    try {
      const [current] = await test.db.prisma.$queryRaw<Array<{ database: string }>>`SELECT current_database()::text AS database`;
      const database = current!.database;
      const killSlowBackends = async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const { rows } = await killer.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()`,
          [database],
        );
        return rows.length;
      };
      const [answer, killed] = await Promise.all([
        test.db.prisma.$queryRaw<Array<{ answer: number }>>`SELECT 42 AS answer, pg_sleep(0.5)::text AS slept`,
        killSlowBackends(),
      ]);
      expect(killed).toBe(1);
      expect(answer[0]!.answer).toBe(42);

      const write = test.db.prisma.$executeRaw`UPDATE "Region" SET "nameFr" = "nameFr" WHERE pg_sleep(0.5) IS NOT NULL`;
      const [writeOutcome] = await Promise.allSettled([write, killSlowBackends()]);
      expect(writeOutcome.status).toBe("rejected");
    } finally {
      await killer.end();
    }
  });
});
