import { createHash } from "node:crypto";
import { Pool, type PoolConfig } from "pg";
import { connectionDropped } from "./database-errors";

const isRead = (text: string | null) => text !== null && /^\s*(SELECT|WITH)\b/i.test(text);

/** Distinct statements kept prepared on each connection; the API's query shapes stay far below it. */
const MAX_PREPARED_STATEMENTS = 500;

/**
 * The pg Pool under Prisma's adapter, with two things Prisma 6's adapter does not do:
 * - it names the statements it reads with, so that each connection parses and plans a statement
 *   once and then only binds and executes it (for the API's nested-page statements, planning costs
 *   about as much as running them). Names derive from the text, so a name never stands for two
 *   texts; past MAX_PREPARED_STATEMENTS distinct texts, statements go unnamed;
 * - it tries a read once more on a new connection when its connection dropped (a server restart,
 *   a failover, a killed backend); writes are not tried again, since they may have been applied.
 */
export class ServicePool extends Pool {
  private readonly names = new Map<string, string>();

  /**
   * `customPlans`: plan each execution of a prepared statement for its values. The service's reads
   * want it: a generic plan would ignore the values, and a country with 400 projects and one with 4
   * would share a plan. Bulk writes do not: the setting applies to the foreign-key checks PostgreSQL
   * runs for each row written too, and makes them about four times as costly.
   */
  constructor(config: PoolConfig, { customPlans }: { customPlans: boolean }) {
    // JIT compiles statements the planner thinks costly; the API's statements are short, and compiling
    // them (tens of milliseconds) costs more than it saves.
    const settings = `${customPlans ? "-c plan_cache_mode=force_custom_plan " : ""}-c jit=off`;
    super({ ...config, options: [config.options, settings].filter(Boolean).join(" ") });
  }

  override query(...args: unknown[]): never {
    const [config] = args;
    const text = config && typeof config === "object" && "text" in config && typeof config.text === "string" ? config.text : null;
    const name = text !== null && !("name" in (config as object)) ? this.nameOf(text) : undefined;
    if (name) args[0] = { ...(config as object), name };
    const run = () => (super.query as (...queryArgs: unknown[]) => Promise<unknown>)(...args);
    const result = run();
    if (!isRead(text) || typeof args[args.length - 1] === "function") return result as never;
    return result.catch((error: unknown) => (connectionDropped(error) ? run() : Promise.reject(error))) as never;
  }

  private nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known || this.names.size >= MAX_PREPARED_STATEMENTS || !isRead(text)) return known;
    const name = `iom_${createHash("sha1").update(text).digest("hex")}`;
    this.names.set(text, name);
    return name;
  }
}
