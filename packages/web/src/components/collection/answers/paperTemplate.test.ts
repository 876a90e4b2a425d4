import type { QuestionnaireDefinition } from "@ricochet/domain";
import { describe, expect, it } from "vitest";
import { templateColumns, templateCsv } from "./paperTemplate.ts";

const definition: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr"],
  title: { fr: "Suivi" },
  choiceLists: [
    {
      name: "aides",
      choices: [
        { value: "logement", label: { fr: "Logement" } },
        { value: "mobilite", label: { fr: "Mobilité" } },
      ],
    },
  ],
  pages: [
    {
      name: "p1",
      title: { fr: "Page" },
      questions: [
        { name: "intro", type: "note", label: { fr: "Bonjour" } },
        { name: "age", type: "integer", label: { fr: "Âge" } },
        { name: "aides", type: "multiple_choice", choiceList: "aides", label: { fr: "Aides" } },
        { name: "total", type: "calculate", label: {}, calculation: "1" },
        {
          name: "conf",
          type: "matrix",
          choiceList: "aides",
          label: { fr: "Confiance" },
          items: [{ name: "conf_a", label: { fr: "A" } }],
        },
      ],
    },
  ],
};

describe("paper answers template", () => {
  it("has the importable columns of the codes export, without notes and calculations", () => {
    const columns = templateColumns(definition, true, (t) => t?.fr ?? "");
    expect(columns.map((c) => c.name)).toEqual([
      "respondent_code",
      "age",
      "aides/logement",
      "aides/mobilite",
      "conf_a",
    ]);
    expect(columns[2]?.hint).toEqual({ kind: "ticked", choice: "Logement" });
    expect(columns[4]?.question).toBe("Confiance — A");
    expect(templateCsv(columns)).toBe("\uFEFFrespondent_code;age;aides/logement;aides/mobilite;conf_a\r\n");
    expect(templateColumns(definition, false, (t) => t?.fr ?? "")[0]?.name).toBe("age");
  });
});
