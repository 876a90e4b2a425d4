import { type Db, indicatorDefinitions, indicatorVersions, organisations } from "@ricochet/db";
import type { IndicatorContent, IndicatorScope } from "@ricochet/domain";
import { and, eq, type SQL } from "drizzle-orm";

export interface IndicatorView {
  id: string;
  code: string;
  scope: IndicatorScope;
  organisationId: string | null;
  ownerName: string | null;
  builtIn: boolean;
  /** The version shown (the current one unless asked otherwise). */
  version: number;
  versionId: string;
  currentVersion: number;
  content: IndicatorContent;
  changeNote: string | null;
  /** Whether the viewing organisation may change it (its own, not built-in). */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

const columns = {
  definition: indicatorDefinitions,
  version: indicatorVersions,
  ownerName: organisations.name,
};

type Row = {
  definition: typeof indicatorDefinitions.$inferSelect;
  version: typeof indicatorVersions.$inferSelect;
  ownerName: string | null;
};

export function toIndicatorView(row: Row, viewerOrganisationId: string | null): IndicatorView {
  const { definition, version } = row;
  return {
    id: definition.id,
    code: definition.code,
    scope: definition.scope,
    organisationId: definition.organisationId,
    ownerName: row.ownerName,
    builtIn: definition.builtIn,
    version: version.version,
    versionId: version.id,
    currentVersion: definition.currentVersion,
    content: {
      ...(version.content as Omit<IndicatorContent, "code">),
      code: definition.code,
    } as IndicatorContent,
    changeNote: version.changeNote,
    editable:
      !definition.builtIn &&
      definition.organisationId !== null &&
      definition.organisationId === viewerOrganisationId,
    createdAt: definition.createdAt.toISOString(),
    updatedAt: definition.updatedAt.toISOString(),
  };
}

/** Definitions joined with their current version and owner's name, filtered by `where`. */
export function selectCurrentIndicators(db: Db, where: SQL | undefined) {
  return db
    .select(columns)
    .from(indicatorDefinitions)
    .innerJoin(
      indicatorVersions,
      and(
        eq(indicatorVersions.definitionId, indicatorDefinitions.id),
        eq(indicatorVersions.version, indicatorDefinitions.currentVersion),
      ),
    )
    .leftJoin(organisations, eq(organisations.id, indicatorDefinitions.organisationId))
    .where(where);
}
