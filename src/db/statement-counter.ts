import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Counts the SQL statements Prisma sends, and the rows each returns, at the driver adapter, so that
 * tests and benchmarks can prove that a request's statements depend on its shape, not on the number
 * of rows stored, and that no statement returns more rows than the response shows.
 */
export class StatementCounter {
  /** Row counts of the latest statements only: enough for a test or a benchmark's request, bounded for a server that runs for weeks. */
  private static readonly KEPT = 10_000;
  private readonly recentRows = new Array<number>(StatementCounter.KEPT).fill(0);
  private count = 0;
  private observer: ((seconds: number) => void) | null = null;
  private lastSuccess = Number.NEGATIVE_INFINITY;

  /** Whether a statement succeeded in the last `milliseconds`. */
  succeededWithin(milliseconds: number): boolean {
    return performance.now() - this.lastSuccess <= milliseconds;
  }

  /** Calls `observer` with the duration of each statement from now on (metrics). */
  observe(observer: (seconds: number) => void): void {
    this.observer = observer;
  }

  /** Statements sent since the database was opened. */
  get total(): number {
    return this.count;
  }

  /** Rows returned by each statement sent since the `total` given (0 for writes), oldest first. */
  rowsSince(total: number): number[] {
    const first = Math.max(total, this.count - StatementCounter.KEPT);
    return Array.from({ length: this.count - first }, (_, offset) => this.recentRows[(first + offset) % StatementCounter.KEPT]!);
  }

  private record(rows: number): number {
    this.recentRows[this.count % StatementCounter.KEPT] = rows;
    return this.count++;
  }

  /** Runs one read statement, counted with its rows and timed like the statements Prisma sends. */
  async measure<Result>(
    run: () => Promise<Result>,
    rowsOf: (result: Result) => number = (result) => (result as unknown[]).length,
  ): Promise<Result> {
    const index = this.record(0);
    const started = performance.now();
    try {
      const result = await run();
      if (this.count - index <= StatementCounter.KEPT) this.recentRows[index % StatementCounter.KEPT] = rowsOf(result);
      this.lastSuccess = performance.now();
      return result;
    } finally {
      this.observer?.((performance.now() - started) / 1000);
    }
  }

  wrap(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => this.wrapQueryable(await factory.connect()),
    };
  }

  private wrapQueryable<T extends SqlDriverAdapter | Transaction>(target: T): T {
    return new Proxy(target, {
      get: (object, property, receiver) => {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "queryRaw") {
          return (...args: unknown[]) =>
            this.measure(
              () => value.apply(object, args) as Promise<SqlResultSet>,
              (result) => result.rows.length,
            );
        }
        if (property === "executeRaw") {
          return async (...args: unknown[]) => {
            this.record(0);
            const started = performance.now();
            try {
              return await value.apply(object, args);
            } finally {
              this.observer?.((performance.now() - started) / 1000);
            }
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) => this.wrapQueryable(await value.apply(object, args));
        }
        return value.bind(object);
      },
    });
  }
}
