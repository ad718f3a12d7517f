import { Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ConnectionData, EdgeData, PageInfoData } from "./connection";
import { CACHE_HINT } from "./cache-hints";

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list (Relay cursor connections)." })
@Directive("@shareable")
@Directive(CACHE_HINT.asParent)
export class PageInfo implements PageInfoData {
  @Field({ description: "True when more items follow this page: pass endCursor as `after` to read them." })
  hasNextPage!: boolean;

  @Field({ description: "True when items come before this page (it was read with `after`)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null when the page is empty." })
  endCursor!: string | null;
}

/**
 * A Relay connection type for one node type: edges, nodes, pageInfo and an on-demand totalCount.
 * Its nodes are the entity objects as statements return them, holding the selected parts only.
 */
export function ConnectionType<Node extends object>(nodeType: ClassType<Node>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true, description: `One ${typeName} in a list, with its cursor.` })
  @Directive(CACHE_HINT.asParent)
  class Edge implements EdgeData<unknown> {
    @Field({ description: "Opaque cursor of this item: pass it as `after` to read the items that follow." })
    cursor!: string;

    @Field(() => nodeType)
    node!: unknown;
  }

  // Directives are not inherited: each concrete connection class carries its own cache hint.
  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    constructor(private readonly data: ConnectionData<unknown>) {}

    @Field(() => [Edge], { description: "The items of this page with their cursors." })
    get edges(): EdgeData<unknown>[] {
      return this.data.edges;
    }

    @Field(() => [nodeType], { description: "The items of this page, without cursors." })
    get nodes(): unknown[] {
      return this.data.edges.map((edge) => edge.node);
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfoData {
      return this.data.pageInfo;
    }

    @Field(() => Int, { description: "Number of items in the whole list, all pages together; counted only when asked for." })
    totalCount(): number | Promise<number> {
      return this.data.countTotal();
    }
  }
  return Connection;
}
