import type { ChoiceList } from "../questionnaire-model.ts";
import type { IssueLog } from "./issues.ts";
import type { Layout } from "./layout.ts";

/** What converting one survey row needs to know about the rest of the workbook. */
export interface ImportContext {
  log: IssueLog;
  layout: Layout;
  lists: ReadonlyMap<string, ChoiceList>;
  /** Lists of exactly the values yes and no: a select_one on one of them is a yes_no question. */
  yesNoLists: ReadonlySet<string>;
  hasChoicesSheet: boolean;
  /** Without any label column, one error says so rather than one per question. */
  hasLabelColumn: boolean;
  /** Lists that yes_no questions stood on, to report what their wording loses. */
  usedByYesNo: Set<string>;
}
