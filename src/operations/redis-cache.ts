import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { createClient } from "redis";
import type { Logger } from "./logger";

const PREFIX = "iom-devfund:";

/**
 * Apollo Server's cache (automatic persisted queries) in Redis, so that every instance of the
 * service knows a query another one registered. Redis is a cache, not a dependency: while it is
 * unreachable, commands fail at once (no offline queue) and count as misses, and clients send the
 * full query again, as the persisted-query protocol expects.
 */
export class RedisKeyValueCache implements KeyValueCache {
  private constructor(
    private readonly client: ReturnType<typeof createClient>,
    private readonly logger: Logger,
  ) {}

  static async connect(url: string, logger: Logger): Promise<RedisKeyValueCache> {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 5_000) },
    });
    client.on("error", (error: Error) =>
      logger.warn(
        { err: { message: error.message } },
        "Redis: the shared cache is unreachable; persisted queries fall back to full queries",
      ),
    );
    await client.connect();
    return new RedisKeyValueCache(client, logger);
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.attempt(() => this.client.get(PREFIX + key))) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    await this.attempt(() => this.client.set(PREFIX + key, value, ttl ? { expiration: { type: "EX", value: ttl } } : {}));
  }

  async delete(key: string): Promise<boolean> {
    return ((await this.attempt(() => this.client.del(PREFIX + key))) ?? 0) > 0;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async attempt<Value>(command: () => Promise<Value>): Promise<Value | null> {
    try {
      return await command();
    } catch (error) {
      this.logger.debug({ err: { message: (error as Error).message } }, "Redis command failed; treated as a cache miss");
      return null;
    }
  }
}
