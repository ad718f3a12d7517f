import path from "node:path";

type ValidateArg = (
  value: unknown,
  type: unknown,
  resolverData: unknown,
  globalValidate: unknown,
  argValidate: unknown,
  globalValidateFn: unknown,
  argValidateFn: unknown,
) => unknown;

/**
 * type-graphql 2.0.0-rc.4 checks every @Arg in an async function (build/cjs/resolvers/validate-arg.js),
 * even with validation turned off, so every field taking an argument returns a promise: a page of 100
 * projects with their countries' names in three languages makes a thousand promises and sends each
 * through graphql-js's slower asynchronous path (type-graphql#487, #1711). Where no validation is
 * configured (this service builds its schema with `validate: false`) the check has nothing to do:
 * it is answered synchronously; anywhere else the original runs unchanged.
 */
export function answerUnvalidatedArgumentsSynchronously(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is not among type-graphql's exports: only its file path reaches it
  const validateArgModule = require(path.join(path.dirname(require.resolve("type-graphql")), "resolvers", "validate-arg.js")) as {
    validateArg: ValidateArg;
  };
  const original = validateArgModule.validateArg;
  if ((original as { synchronous?: boolean }).synchronous) return;
  const validateArg: ValidateArg = (value, type, resolverData, globalValidate, argValidate, globalValidateFn, argValidateFn) => {
    const validationOff =
      globalValidateFn === undefined && argValidateFn === undefined && (argValidate !== undefined ? argValidate : globalValidate) === false;
    return validationOff ? value : original(value, type, resolverData, globalValidate, argValidate, globalValidateFn, argValidateFn);
  };
  validateArgModule.validateArg = Object.assign(validateArg, { synchronous: true });
}
