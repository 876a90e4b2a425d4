import { indicatorDefinitions, indicatorVersions } from "@ricochet/db";
import { parseInput, searchTermVariants, type TIndicatorSearch, ZIndicatorSearch } from "@ricochet/domain";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type IndicatorView, selectCurrentIndicators, toIndicatorView } from "./indicator-view.ts";
import { loadViewer, visibleTo } from "./indicator-visibility.ts";

/** Accent-folding of the query, the same as the search column's. */
const fold = (text: string) =>
  sql`translate(lower(${text}), 'àâäáãéèêëíìîïóòôöõúùûüçñœæ', 'aaaaaeeeeiiiiooooouuuucnoa')`;

/**
 * The library as an organisation sees it: public definitions, its own, and those shared by its
 * ancestors; French full-text search (stemmed: « accompagnés » finds « accompagnement »), or
 * a code; filters by sector, dimension, type and scope.
 */
export async function searchIndicators(
  ctx: ServiceContext,
  organisationId: string,
  input: TIndicatorSearch,
): Promise<IndicatorView[]> {
  const query = parseInput(ZIndicatorSearch, input);
  await authorize(ctx.db, ctx.actor, organisationId, "evaluation.read");
  const viewer = await loadViewer(ctx.db, organisationId);
  const filters: (SQL | undefined)[] = [visibleTo(viewer)];
  let rank: SQL | undefined;
  if (query.q) {
    const words = searchTermVariants(query.q).map(
      (forms) =>
        sql`(${sql.join(
          forms.map(
            (form) =>
              sql`plainto_tsquery('french', ${fold(form)}) || plainto_tsquery('simple', ${fold(form)})`,
          ),
          sql` || `,
        )})`,
    );
    const tsquery = words.length > 0 ? sql`(${sql.join(words, sql` && `)})` : sql`''::tsquery`;
    filters.push(
      sql`(${indicatorVersions.search} @@ ${tsquery} or ${indicatorDefinitions.code} ilike ${`%${query.q.replace(/[%_\\]/g, "")}%`})`,
    );
    rank = sql`ts_rank(${indicatorVersions.search}, ${tsquery})`;
  }
  if (query.sector === "generic") filters.push(sql`cardinality(${indicatorVersions.sectors}) = 0`);
  else if (query.sector) filters.push(sql`${query.sector} = any(${indicatorVersions.sectors})`);
  if (query.dimension) filters.push(eq(indicatorVersions.impDimension, query.dimension));
  if (query.type) filters.push(eq(indicatorVersions.type, query.type));
  if (query.scope) filters.push(eq(indicatorDefinitions.scope, query.scope));
  const rows = await selectCurrentIndicators(ctx.db, and(...filters))
    .orderBy(...(rank ? [desc(rank)] : []), asc(indicatorDefinitions.code))
    .limit(query.limit);
  return rows.map((row) => toIndicatorView(row, organisationId));
}
