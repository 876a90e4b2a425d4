import { fromHundredths, toHundredths } from "../evaluations/money.ts";
import { type SroiIssue, sroiError } from "./issues.ts";
import type { SroiInput } from "./model.ts";

export interface SroiMoney {
  /** Exact integer cents: sums of inputs never drift. */
  cents: number;
  euros: number;
  /** "1234.50", the form the API and PostgreSQL `numeric` use. */
  text: string;
}

export interface SroiInvestment extends SroiMoney {
  byStakeholder: Array<SroiMoney & { stakeholder: string }>;
}

function money(cents: number): SroiMoney {
  return { cents, euros: cents / 100, text: fromHundredths(cents) };
}

/** I = Σ inputs, summed in cents (each input is validated to the cent, so this is exact). */
export function sumInvestment(inputs: readonly SroiInput[]): SroiInvestment {
  let total = 0;
  const byStakeholder = new Map<string, number>();
  for (const input of inputs) {
    const cents = toHundredths(input.value);
    total += cents;
    byStakeholder.set(input.stakeholder, (byStakeholder.get(input.stakeholder) ?? 0) + cents);
  }
  return {
    ...money(total),
    byStakeholder: [...byStakeholder].map(([stakeholder, cents]) => ({ stakeholder, ...money(cents) })),
  };
}

export function noInvestmentError(): SroiIssue {
  return sroiError("NO_INVESTMENT", "inputs", {
    fr: "Le ratio SROI ne peut pas être calculé sans apports : l'investissement total est de 0 €. Ajoutez les apports (argent, temps valorisé, apports en nature) de la chaîne de valeur.",
    en: "The SROI ratio cannot be computed without inputs: the total investment is €0. Add the inputs (money, valued time, in-kind contributions) from the value chain.",
  });
}
