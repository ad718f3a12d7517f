import type { MemberState, PrismaClient, ProjectType, Region } from "@prisma/client";

interface ReferenceTables {
  regions: Map<string, Region>;
  memberStates: Map<string, MemberState>;
  /** All countries by alpha-2 code, for paging in memory. */
  memberStatesByCode: MemberState[];
  memberStatesByRegion: Map<string, MemberState[]>;
  projectTypes: Map<string, ProjectType>;
}

/**
 * Regions, countries and project types, a few hundred rows that only migrations and imports change,
 * read once into memory: no request sends SQL for them. Migrations run before the server starts; an
 * import can add a project type, which the cache notices the first time a project names one it does
 * not hold, and reloads (an import through the server reloads at once). Names an import gives a type
 * the cache holds (pages naming it in another language) show after the next reload.
 */
export class ReferenceCache {
  private constructor(
    private readonly prisma: PrismaClient,
    private tables: ReferenceTables,
  ) {}

  static async load(prisma: PrismaClient): Promise<ReferenceCache> {
    return new ReferenceCache(prisma, await readTables(prisma));
  }

  private reloading: Promise<void> | null = null;

  /** Reads the tables again; concurrent callers share one read. */
  reload(): Promise<void> {
    this.reloading ??= readTables(this.prisma)
      .then((tables) => void (this.tables = tables))
      .finally(() => (this.reloading = null));
    return this.reloading;
  }

  region(code: string): Region | null {
    return this.tables.regions.get(code) ?? null;
  }

  /** Every region, by code. */
  regions(): Region[] {
    return [...this.tables.regions.values()];
  }

  memberState(code: string): MemberState | null {
    return this.tables.memberStates.get(code) ?? null;
  }

  /** The countries of these codes, in the order given; codes of no country are left out. */
  memberStates(codes: readonly string[]): MemberState[] {
    return codes.map((code) => this.tables.memberStates.get(code)).filter((state): state is MemberState => state !== undefined);
  }

  /** Every country, by alpha-2 code. */
  allMemberStates(): readonly MemberState[] {
    return this.tables.memberStatesByCode;
  }

  memberStatesOfRegion(regionCode: string): MemberState[] {
    return this.tables.memberStatesByRegion.get(regionCode) ?? [];
  }

  /** A project type; one unknown here was added by an import since the cache was read, so it is read again once. */
  projectType(code: string): ProjectType | Promise<ProjectType | null> {
    return this.tables.projectTypes.get(code) ?? this.reload().then(() => this.tables.projectTypes.get(code) ?? null);
  }
}

async function readTables(prisma: PrismaClient): Promise<ReferenceTables> {
  const [regions, memberStates, projectTypes] = await Promise.all([
    prisma.region.findMany({ orderBy: { code: "asc" } }),
    prisma.memberState.findMany({ orderBy: { code: "asc" } }),
    prisma.projectType.findMany({ orderBy: { code: "asc" } }),
  ]);
  const memberStatesByRegion = new Map<string, MemberState[]>();
  for (const state of memberStates) {
    if (state.regionCode) memberStatesByRegion.set(state.regionCode, [...(memberStatesByRegion.get(state.regionCode) ?? []), state]);
  }
  return {
    regions: new Map(regions.map((region) => [region.code, region])),
    memberStates: new Map(memberStates.map((state) => [state.code, state])),
    memberStatesByCode: memberStates,
    memberStatesByRegion,
    projectTypes: new Map(projectTypes.map((type) => [type.code, type])),
  };
}
