import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "../src/contracts/questionnaire.ts";
import { questionnaireToXlsform, xlsformToQuestionnaire } from "../src/forms/xlsform/index.ts";
import { definitionArb, plausibleWorkbookArb } from "./xlsform-arbitraries.ts";
import { foodBankSurvey } from "./xlsform-fixtures.ts";

// Import feeds the questionnaire API: what it accepts must pass the API's contract as it is.
describe("imported definitions satisfy the questionnaire contract", () => {
  it("for a realistic form", () => {
    const result = xlsformToQuestionnaire(foodBankSurvey());
    if (!result.ok) throw new Error("fixture refused");
    expect(ZQuestionnaireDefinition.safeParse(result.definition).error).toBeUndefined();
  });

  it("for any workbook import accepts (property)", () => {
    fc.assert(
      fc.property(fc.oneof(plausibleWorkbookArb, definitionArb.map(questionnaireToXlsform)), (workbook) => {
        const result = xlsformToQuestionnaire(workbook);
        if (result.ok) expect(ZQuestionnaireDefinition.safeParse(result.definition).error).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
