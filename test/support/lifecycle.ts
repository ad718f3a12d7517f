/**
 * A resource made before each test (or before all tests) of the describe block that calls this, and
 * released after it (or them). The object returned forwards to the current resource, so that tests
 * can hold it from their block's first line.
 */
export function provided<Resource extends object>(
  scope: "each" | "all",
  create: () => Promise<Resource>,
  release: (resource: Resource) => Promise<void>,
): Resource {
  let current: Resource | undefined;
  (scope === "each" ? beforeEach : beforeAll)(async () => {
    current = await create();
  });
  (scope === "each" ? afterEach : afterAll)(async () => {
    if (current) await release(current);
    current = undefined;
  });
  return new Proxy({} as Resource, {
    get(_target, property) {
      if (!current) throw new Error("The test resource is used outside of its tests");
      const value = Reflect.get(current, property) as unknown;
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
