import { createHash } from "node:crypto";
import { Pool, type PoolConfig } from "pg";

/** Distinct statements kept prepared on each connection; the API's query shapes stay far below it. */
const MAX_PREPARED_STATEMENTS = 500;

/**
 * A pg Pool that names the statements Prisma's adapter sends, so that each connection parses and
 * plans a statement once and then only binds and executes it: Prisma 6's pg adapter sends every
 * statement unnamed, and PostgreSQL plans every call again (for the API's nested-page statements,
 * planning costs about as much as running them). Names derive from the text, so a name never
 * stands for two texts; past MAX_PREPARED_STATEMENTS distinct texts, statements go unnamed.
 */
export class PreparedStatementPool extends Pool {
  private readonly names = new Map<string, string>();

  constructor(config: PoolConfig) {
    // A generic plan would ignore the values: a country with 400 projects and one with 4 would share a plan.
    super({ ...config, options: [config.options, "-c plan_cache_mode=force_custom_plan"].filter(Boolean).join(" ") });
  }

  override query(...args: unknown[]): never {
    const [config] = args;
    if (config && typeof config === "object" && "text" in config && typeof config.text === "string" && !("name" in config)) {
      const name = this.nameOf(config.text);
      if (name) args[0] = { ...config, name };
    }
    return (super.query as (...queryArgs: unknown[]) => never)(...args);
  }

  private nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known || this.names.size >= MAX_PREPARED_STATEMENTS || !/^\s*(SELECT|WITH)\b/i.test(text)) return known;
    const name = `iom_${createHash("sha1").update(text).digest("hex")}`;
    this.names.set(text, name);
    return name;
  }
}
