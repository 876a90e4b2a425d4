import type { activities, contributions, Db, stakeholders } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq, max, ne, sql } from "drizzle-orm";

type ItemTable = typeof stakeholders | typeof activities | typeof contributions;

/** Loads a stakeholder, activity or contribution of *this* evaluation, or answers 404. */
export async function loadItem<T extends ItemTable>(
  tx: Db,
  table: T,
  evaluationId: string,
  id: string,
  item: string,
): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .select()
    .from(table as ItemTable)
    .where(and(eq(table.id, id), eq(table.evaluationId, evaluationId)));
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item });
  return row as T["$inferSelect"];
}

/** Names are unique per evaluation, ignoring case: two "Bénévoles" would make the matrix ambiguous. */
export async function assertNameFree(
  tx: Db,
  table: typeof stakeholders | typeof activities,
  evaluationId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const [clash] = await tx
    .select({ id: table.id })
    .from(table as typeof stakeholders)
    .where(
      and(
        eq(table.evaluationId, evaluationId),
        sql`lower(${table.name}) = lower(${name})`,
        exceptId ? ne(table.id, exceptId) : undefined,
      ),
    );
  if (clash) throw new AppError("NAME_TAKEN", { name });
}

export async function nextPosition(
  tx: Db,
  table: typeof stakeholders | typeof activities,
  evaluationId: string,
): Promise<number> {
  const [row] = await tx
    .select({ last: max(table.position) })
    .from(table as typeof stakeholders)
    .where(eq(table.evaluationId, evaluationId));
  return (row?.last ?? -1) + 1;
}
