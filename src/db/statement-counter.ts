import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Counts the SQL statements Prisma sends, at the driver adapter, so that tests and benchmarks can
 * prove that a request's statement count depends on its shape, not on the number of rows.
 */
export class StatementCounter {
  private count = 0;

  get total(): number {
    return this.count;
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
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            this.count += 1;
            return value.apply(object, args);
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
