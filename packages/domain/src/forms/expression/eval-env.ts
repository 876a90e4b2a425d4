import type { ExprValue } from "./expression-values.ts";

/** What an expression reads when it is evaluated. */
export interface EvalEnv {
  /** The value of `${name}`; null or undefined when unanswered (reads as ""). */
  lookup(name: string): ExprValue | null | undefined;
  /** The value of `.`: the answer being checked (constraint) or the choice (choice filter). */
  dot?: ExprValue | null;
  /** A column of the choice being filtered (choice_filter). */
  column?(name: string): string | undefined;
  /** Today, `YYYY-MM-DD`, for today(). */
  today(): string;
  /** Now, ISO 8601, for now(). */
  now(): string;
  /** The label of a choice of a question, for jr:choice-name(); the value itself when absent. */
  choiceName?(value: string, question: string): string | undefined;
}
