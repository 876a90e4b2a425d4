import type { ContributionKind } from "./evaluation-vocabulary.ts";
import { fromHundredths, multiplyHundredths, toHundredths } from "./money.ts";

export interface ValueChainContribution {
  id: string;
  stakeholderId: string;
  activityId: string;
  kind: ContributionKind;
  amount: string | null;
  hours: string | null;
  hourlyValue: string | null;
}

/** The euro value of one contribution, in hundredths: money and in-kind as given, time × rate. */
export function contributionValue(c: ValueChainContribution): number {
  if (c.kind === "money" || c.kind === "in_kind") return c.amount ? toHundredths(c.amount) : 0;
  if (!c.hours || !c.hourlyValue) return 0;
  return multiplyHundredths(toHundredths(c.hours), toHundredths(c.hourlyValue));
}

type KindTotals = Record<ContributionKind, string>;

export interface ValueChainCell {
  stakeholderId: string;
  activityId: string;
  value: string;
  hours: string;
  byKind: KindTotals;
  contributionIds: string[];
}

export interface ValueChain {
  cells: ValueChainCell[];
  byStakeholder: Array<{ stakeholderId: string; value: string; hours: string; byKind: KindTotals }>;
  byActivity: Array<{ activityId: string; value: string; hours: string; byKind: KindTotals }>;
  byKind: KindTotals;
  /** Valued hours (volunteer + staff). */
  hours: string;
  /** Total valued inputs: what becomes the inputs of an SROI. */
  total: string;
}

interface Acc {
  value: number;
  hours: number;
  byKind: Record<ContributionKind, number>;
}

const emptyAcc = (): Acc => ({
  value: 0,
  hours: 0,
  byKind: { money: 0, volunteer_time: 0, staff_time: 0, in_kind: 0 },
});

function add(acc: Acc, c: ValueChainContribution, value: number): void {
  acc.value += value;
  acc.byKind[c.kind] += value;
  if (c.hours && (c.kind === "volunteer_time" || c.kind === "staff_time")) acc.hours += toHundredths(c.hours);
}

function render(acc: Acc) {
  return {
    value: fromHundredths(acc.value),
    hours: fromHundredths(acc.hours),
    byKind: {
      money: fromHundredths(acc.byKind.money),
      volunteer_time: fromHundredths(acc.byKind.volunteer_time),
      staff_time: fromHundredths(acc.byKind.staff_time),
      in_kind: fromHundredths(acc.byKind.in_kind),
    },
  };
}

/**
 * The extended value chain: who brings what to which activity, and the totals, exact to the
 * cent (each contribution is rounded to the cent once, then sums are exact).
 */
export function computeValueChain(
  stakeholderIds: readonly string[],
  activityIds: readonly string[],
  contributions: readonly ValueChainContribution[],
): ValueChain {
  const cells = new Map<string, Acc & { ids: string[] }>();
  const byStakeholder = new Map(stakeholderIds.map((id) => [id, emptyAcc()]));
  const byActivity = new Map(activityIds.map((id) => [id, emptyAcc()]));
  const total = emptyAcc();
  for (const c of contributions) {
    const value = contributionValue(c);
    const key = `${c.stakeholderId} ${c.activityId}`;
    const cell = cells.get(key) ?? { ...emptyAcc(), ids: [] };
    cells.set(key, cell);
    cell.ids.push(c.id);
    add(cell, c, value);
    const s = byStakeholder.get(c.stakeholderId);
    if (s) add(s, c, value);
    const a = byActivity.get(c.activityId);
    if (a) add(a, c, value);
    add(total, c, value);
  }
  const totals = render(total);
  return {
    cells: [...cells.entries()].map(([key, acc]) => {
      const [stakeholderId = "", activityId = ""] = key.split(" ");
      return { stakeholderId, activityId, ...render(acc), contributionIds: acc.ids };
    }),
    byStakeholder: [...byStakeholder.entries()].map(([stakeholderId, acc]) => ({
      stakeholderId,
      ...render(acc),
    })),
    byActivity: [...byActivity.entries()].map(([activityId, acc]) => ({ activityId, ...render(acc) })),
    byKind: totals.byKind,
    hours: totals.hours,
    total: totals.value,
  };
}
