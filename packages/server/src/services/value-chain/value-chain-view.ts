import { activities, contributions, type Db, stakeholders } from "@ricochet/db";
import { computeValueChain, contributionValue, fromHundredths, type ValueChain } from "@ricochet/domain";
import { asc, eq } from "drizzle-orm";

export type StakeholderView = Omit<typeof stakeholders.$inferSelect, "createdAt"> & { createdAt: string };
export type ActivityView = Omit<typeof activities.$inferSelect, "createdAt"> & { createdAt: string };
export type ContributionView = Omit<typeof contributions.$inferSelect, "createdAt"> & {
  createdAt: string;
  /** Valued amount in euros (time × hourly value, or the amount). */
  value: string;
};

export interface ValueChainView {
  stakeholders: StakeholderView[];
  activities: ActivityView[];
  contributions: ContributionView[];
  chain: ValueChain;
}

const iso = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });

/** Stakeholders, activities, contributions and the computed matrix and totals of one evaluation. */
export async function loadValueChain(db: Db, evaluationId: string): Promise<ValueChainView> {
  const s = await db
    .select()
    .from(stakeholders)
    .where(eq(stakeholders.evaluationId, evaluationId))
    .orderBy(asc(stakeholders.position), asc(stakeholders.createdAt));
  const a = await db
    .select()
    .from(activities)
    .where(eq(activities.evaluationId, evaluationId))
    .orderBy(asc(activities.position), asc(activities.createdAt));
  const c = await db
    .select()
    .from(contributions)
    .where(eq(contributions.evaluationId, evaluationId))
    .orderBy(asc(contributions.createdAt), asc(contributions.id));
  const chain = computeValueChain(
    s.map((x) => x.id),
    a.map((x) => x.id),
    c,
  );
  return {
    stakeholders: s.map(iso),
    activities: a.map(iso),
    contributions: c.map((row) => ({ ...iso(row), value: fromHundredths(contributionValue(row)) })),
    chain,
  };
}
