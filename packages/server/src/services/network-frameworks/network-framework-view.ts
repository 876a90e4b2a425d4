import {
  type Db,
  frameworkAdoptions,
  networkFrameworks,
  networkFrameworkVersions,
  organisations,
} from "@ricochet/db";
import {
  contentCounts,
  contentIndicators,
  type OrganisationKind,
  ZNetworkFrameworkContent,
} from "@ricochet/domain";
import { and, asc, count, countDistinct, eq, inArray, like, ne } from "drizzle-orm";

/** A network framework as its publisher and its members see it: never a member's own data. */
export interface NetworkFrameworkView {
  id: string;
  name: string;
  description: string | null;
  /** The publishing network or regional body. */
  network: { id: string; name: string; kind: OrganisationKind };
  /** "published" by the organisation asking, or "adoptable" (published by one of its ancestors). */
  relation: "published" | "adoptable";
  currentVersion: number;
  changeNote: string | null;
  publishedAt: string;
  counts: { questions: number; criteria: number; indicators: number };
  /** The indicators of the current version, with the version each pins. */
  indicators: Array<{ code: string; version: number }>;
  /** The publisher's evaluation the versions are taken from; null for members. */
  sourceEvaluationId: string | null;
  /**
   * For the publisher only: how many evaluations of its current members follow which version.
   * Counts, never which member nor what they measured.
   */
  adoptions: Array<{ version: number; evaluations: number; organisations: number }> | null;
}

/**
 * The network frameworks published by these organisations, each with its current version. For
 * `publisher` (the one asking, when it publishes), adoption counts over its subtree.
 */
export async function loadNetworkFrameworkViews(
  db: Db,
  publisherIds: readonly string[],
  viewer: { organisationId: string; path: string },
  only?: string,
): Promise<NetworkFrameworkView[]> {
  if (publisherIds.length === 0) return [];
  const rows = await db
    .select({
      framework: networkFrameworks,
      network: { id: organisations.id, name: organisations.name, kind: organisations.kind },
      depth: organisations.depth,
      content: networkFrameworkVersions.content,
      changeNote: networkFrameworkVersions.changeNote,
      publishedAt: networkFrameworkVersions.publishedAt,
    })
    .from(networkFrameworks)
    .innerJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
    .innerJoin(
      networkFrameworkVersions,
      and(
        eq(networkFrameworkVersions.networkFrameworkId, networkFrameworks.id),
        eq(networkFrameworkVersions.version, networkFrameworks.currentVersion),
      ),
    )
    .where(
      and(
        inArray(networkFrameworks.organisationId, [...publisherIds]),
        only ? eq(networkFrameworks.id, only) : undefined,
      ),
    )
    .orderBy(asc(organisations.depth), asc(networkFrameworks.name), asc(networkFrameworks.createdAt));
  const ownIds = rows.filter((r) => r.network.id === viewer.organisationId).map((r) => r.framework.id);
  const counts =
    ownIds.length === 0
      ? []
      : await db
          .select({
            networkFrameworkId: frameworkAdoptions.networkFrameworkId,
            version: frameworkAdoptions.version,
            evaluations: count(),
            organisations: countDistinct(frameworkAdoptions.organisationId),
          })
          .from(frameworkAdoptions)
          .innerJoin(organisations, eq(organisations.id, frameworkAdoptions.organisationId))
          .where(
            and(
              inArray(frameworkAdoptions.networkFrameworkId, ownIds),
              // Members that are still below the publisher (one index range scan on the path).
              like(organisations.path, `${viewer.path}%`),
              ne(organisations.id, viewer.organisationId),
            ),
          )
          .groupBy(frameworkAdoptions.networkFrameworkId, frameworkAdoptions.version)
          .orderBy(asc(frameworkAdoptions.version));
  return rows.map(({ framework, network, content, changeNote, publishedAt }) => {
    const published = network.id === viewer.organisationId;
    const parsed = ZNetworkFrameworkContent.parse(content);
    return {
      id: framework.id,
      name: framework.name,
      description: framework.description,
      network,
      relation: published ? "published" : "adoptable",
      currentVersion: framework.currentVersion,
      changeNote,
      publishedAt: publishedAt.toISOString(),
      counts: contentCounts(parsed),
      indicators: contentIndicators(parsed).map(({ code, version }) => ({ code, version })),
      sourceEvaluationId: published ? framework.sourceEvaluationId : null,
      adoptions: published
        ? counts
            .filter((c) => c.networkFrameworkId === framework.id)
            .map(({ version, evaluations, organisations }) => ({
              version,
              evaluations: Number(evaluations),
              organisations: Number(organisations),
            }))
        : null,
    };
  });
}
