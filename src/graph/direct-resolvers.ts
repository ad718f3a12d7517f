import type { GraphQLFieldResolver } from "graphql";
import type {} from "type-graphql";

// type-graphql 2.0.0-rc.4 keeps its metadata on `global` (typed by its own declaration there) and
// exports no accessor: what each resolver method is, where it is, and what its parameters are.
type MetadataStorage = typeof global.TypeGraphQLMetadataStorage;
type ResolverMethodMetadata = MetadataStorage["queries"][number] | MetadataStorage["fieldResolvers"][number];
type ParamMetadata = NonNullable<ResolverMethodMetadata["params"]>[number];

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type ParameterOf = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

function parameterOf(param: ParamMetadata): ParameterOf | null {
  const property = "propertyName" in param ? param.propertyName : undefined;
  switch (param.kind) {
    case "root":
      return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
    case "context":
      return property ? (_root, _args, context) => (context as Record<string, unknown>)[property] : (_root, _args, context) => context;
    case "info":
      return (_root, _args, _context, info) => info;
    case "arg":
      return param.validateFn || param.validateSettings ? null : (_root, args) => args[param.name];
    case "args":
      return param.validateFn || param.validateSettings ? null : (_root, args) => args;
    default:
      return null;
  }
}

/** The method called as graphql calls resolvers, when nothing of type-graphql's wrapper has work to do; null otherwise. */
function directCall(metadata: ResolverMethodMetadata, instances: Map<unknown, Record<string, unknown>>): Resolver | null {
  if ((metadata.middlewares?.length ?? 0) > 0 || (metadata.roles?.length ?? 0) > 0) return null;
  const parameters = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index).map(parameterOf);
  if (parameters.some((parameter) => parameter === null)) return null;
  const instance = instances.get(metadata.target) ?? new (metadata.target as new () => Record<string, unknown>)();
  instances.set(metadata.target, instance);
  const method = instance[metadata.methodName] as (...values: unknown[]) => unknown;
  const [first, second, third, fourth] = parameters as ParameterOf[];
  // The common arities spelled out: no array of parameter values to build on every call.
  switch (parameters.length) {
    case 0:
      return () => method.call(instance);
    case 1:
      return (root, args, context, info) => method.call(instance, first!(root, args, context, info));
    case 2:
      return (root, args, context, info) => method.call(instance, first!(root, args, context, info), second!(root, args, context, info));
    case 3:
      return (root, args, context, info) =>
        method.call(instance, first!(root, args, context, info), second!(root, args, context, info), third!(root, args, context, info));
    case 4:
      return (root, args, context, info) =>
        method.call(
          instance,
          first!(root, args, context, info),
          second!(root, args, context, info),
          third!(root, args, context, info),
          fourth!(root, args, context, info),
        );
    default:
      return (root, args, context, info) =>
        method.apply(
          instance,
          (parameters as ParameterOf[]).map((parameter) => parameter(root, args, context, info)),
        );
  }
}

/**
 * Resolvers that call the resolver classes' methods directly, by type and field name, to use in
 * place of type-graphql's own (read after buildSchema has run). On every call, type-graphql's wrapper
 * looks up the resolver instance, sorts the parameters, copies the root object into a new instance of
 * its class, the arguments into instances of their input classes, and passes them through validation,
 * turned off here: for a page of 100 projects with their countries, thousands of copies and as much
 * garbage. The direct call hands the method what graphql gives (root, arguments, context, info), which
 * the methods read and never change. A method with middlewares, authorization, validation or a custom
 * parameter keeps type-graphql's wrapper.
 */
export function directResolvers(): Record<string, Record<string, Resolver>> {
  const storage = global.TypeGraphQLMetadataStorage as MetadataStorage | undefined;
  if (!storage) throw new Error("type-graphql's metadata storage is not where type-graphql 2.0.0-rc.4 keeps it");
  const instances = new Map<unknown, Record<string, unknown>>();
  const resolvers: Record<string, Record<string, Resolver>> = {};
  const add = (typeName: string, metadata: ResolverMethodMetadata) => {
    const resolver = directCall(metadata, instances);
    if (resolver) (resolvers[typeName] ??= {})[metadata.schemaName] = resolver;
  };
  for (const query of storage.queries) add("Query", query);
  for (const fieldResolver of storage.fieldResolvers) {
    if (fieldResolver.kind !== "external") continue;
    const objectType = fieldResolver.getObjectType?.();
    const typeName = storage.objectTypes.find((candidate) => candidate.target === objectType)?.name;
    if (typeName) add(typeName, fieldResolver);
  }
  return resolvers;
}
