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
    const counter = this;
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      async connect() {
        return counter.wrapQueryable(await factory.connect());
      },
    };
  }

  private wrapQueryable<T extends SqlDriverAdapter | Transaction>(target: T): T {
    const counter = this;
    return new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            counter.count += 1;
            return value.apply(object, args);
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) => counter.wrapQueryable(await value.apply(object, args));
        }
        return value.bind(object);
      },
    });
  }
}
