import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

/** Where the walk stands: on a connection, on one of its edges, or on the objects themselves. */
type Level = "connection" | "edge" | "node";

/** The fields selected on objects of one type, by name, each with the nodes that select it (aliases give several). */
export type SelectedFields = Map<string, FieldNode[]>;

/**
 * The fields a query selects on the objects of type `typeName` that the current field returns:
 * directly, in a list, in a union or through a connection (`nodes`, `edges { node }`), with
 * fragments and aliases followed. Statements fetch these parts and nothing else. Fields under
 * @skip/@include are counted in: fetching a part that is skipped costs little.
 */
export function selectedFields(info: GraphQLResolveInfo, typeName: string): SelectedFields {
  const returned = getNamedType(info.returnType);
  const start: Level = returned.name === typeName || isAbstractType(returned) ? "node" : "connection";
  return fieldsUnder(info, info.fieldNodes, typeName, start);
}

/** The fields selected on objects of `typeName` under these field nodes (a nested field's own selection). */
export function fieldsUnder(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  typeName: string,
  start: Level = "node",
): SelectedFields {
  const fields: SelectedFields = new Map();
  const walk = (selectionSet: SelectionSetNode | undefined, level: Level, visitedFragments: ReadonlySet<string>): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (level === "node") fields.set(name, [...(fields.get(name) ?? []), selection]);
        else if (level === "connection" && name === "nodes") walk(selection.selectionSet, "node", visitedFragments);
        else if (level === "connection" && name === "edges") walk(selection.selectionSet, "edge", visitedFragments);
        else if (level === "edge" && name === "node") walk(selection.selectionSet, "node", visitedFragments);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(info.schema, selection.typeCondition?.name.value, level, typeName))
          walk(selection.selectionSet, level, visitedFragments);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (
          !fragment ||
          visitedFragments.has(fragment.name.value) ||
          !appliesTo(info.schema, fragment.typeCondition.name.value, level, typeName)
        )
          continue;
        walk(fragment.selectionSet, level, new Set([...visitedFragments, fragment.name.value]));
      }
    }
  };
  for (const node of nodes) walk(node.selectionSet, start, new Set());
  return fields;
}

// On the objects, a fragment on another member of a union (`... on NewsArticle`) says nothing about
// this type's fields; on connections and edges, fragments are on the wrapper types and always apply.
function appliesTo(schema: GraphQLSchema, typeCondition: string | undefined, level: Level, typeName: string): boolean {
  if (level !== "node" || typeCondition === undefined || typeCondition === typeName) return true;
  const condition = schema.getType(typeCondition);
  const target = schema.getType(typeName);
  return condition !== undefined && isAbstractType(condition) && isObjectType(target) && schema.isSubType(condition, target);
}

/** Whether the current field's own selection (not its objects') includes a field, such as a connection's totalCount. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const has = (selectionSet: SelectionSetNode | undefined, visitedFragments: ReadonlySet<string>): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return has(selection.selectionSet, visitedFragments);
      const fragment = info.fragments[selection.name.value];
      return (
        fragment !== undefined &&
        !visitedFragments.has(fragment.name.value) &&
        has(fragment.selectionSet, new Set([...visitedFragments, fragment.name.value]))
      );
    });
  return info.fieldNodes.some((node) => has(node.selectionSet, new Set()));
}

/** What a list needs beside its own arguments: the parts its items select, and whether totalCount is asked. */
export interface ListSelection<P> {
  projection: P;
  withCount: boolean;
}

/** The selection of the connection the current field returns. */
export const listSelection = <P>(info: GraphQLResolveInfo, projectionOf: (info: GraphQLResolveInfo) => P): ListSelection<P> => ({
  projection: projectionOf(info),
  withCount: selectsField(info, "totalCount"),
});
