import type { FieldIssue, QuestionnaireDefinition } from "@ricochet/domain";
import { createContext, useContext } from "react";
import type { Selection } from "../../../lib/builderSelection.ts";

export interface IndicatorOption {
  value: string;
  label: string;
}

/** What every part of the builder reads and changes: the draft, its problems, the selection. */
export interface BuilderState {
  draft: QuestionnaireDefinition;
  update: (change: (draft: QuestionnaireDefinition) => QuestionnaireDefinition) => void;
  /** Problems of the current draft, live. */
  issues: FieldIssue[];
  /** The language texts are being written in. */
  language: string;
  selection: Selection;
  select: (selection: Selection) => void;
  canWrite: boolean;
  indicators: IndicatorOption[];
}

export const BuilderContext = createContext<BuilderState | null>(null);

export function useBuilder(): BuilderState {
  const state = useContext(BuilderContext);
  if (!state) throw new Error("useBuilder outside the questionnaire builder");
  return state;
}
