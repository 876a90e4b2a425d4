// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import {
  type XlsformIssue,
  type XlsformWorkbook,
  xlsformToQuestionnaire,
} from "../src/forms/xlsform/index.ts";
import { sheet } from "./xlsform-fixtures.ts";

function importWithLosses(workbook: XlsformWorkbook) {
  const result = xlsformToQuestionnaire(workbook);
  if (!result.ok) throw new Error(`refused: ${result.errors.map((error) => error.message.en).join("\n")}`);
  for (const issue of result.unmapped) {
    expect(issue.message.fr.length).toBeGreaterThan(20);
    expect(issue.message.en.length).toBeGreaterThan(20);
  }
  return result;
}

const at = (issues: XlsformIssue[], line: number | null, column?: string | null) =>
  issues.filter((issue) => issue.line === line && (column === undefined || issue.column === column));

const choices = sheet(
  ["list_name", "name", "label", "label::English (en)", "audio"],
  ["couleur", "r", "Rouge", "Red", "rouge.mp3"],
  ["couleur", "b", "Bleu", "Blue"],
  ["oui_non", "yes", "Oui, tout à fait", "Yes"],
  ["oui_non", "no", "Non", "No"],
);

describe("what Ricochet cannot hold is listed, never dropped silently", () => {
  const { definition, unmapped } = importWithLosses({
    survey: sheet(
      [
        "type",
        "name",
        "label",
        "label::English (en)",
        "relevant",
        "required",
        "default",
        "read_only",
        "trigger",
        "parameters",
        "appearance",
        "guidance_hint",
        "image",
        "image::English (en)",
        "calculation",
      ],
      ["start", "debut"],
      ["deviceid", "appareil"],
      ["begin_group", "menage", "Ménage", "Household", "${consent} = 'yes'"],
      ["integer", "taille", "Taille du ménage", "Household size", "", "yes", "1"],
      ["begin_repeat", "membres", "Membres", "Members", "${taille} > 0"],
      ["text", "prenom", "Prénom", "First name", "", "", "", "yes"],
      ["begin_group", "detail", "Détail", "Detail", "${prenom} != ''"],
      ["integer", "age", "Âge", "Age", ". > 0"],
      ["end_group"],
      ["end_repeat"],
      ["geopoint", "gps", "Position", "Position"],
      ["image", "photo", "Photo", "Photo"],
      ["select_one couleur or_other", "couleur", "Couleur", "Colour"],
      ["select_one_from_file villes.csv", "ville", "Ville", "City"],
      ["range", "note", "Note", "Score", "", "", "", "", "", "start=0 end=10 step=2"],
      ["select_one couleur", "hasard", "Hasard", "Random", "", "", "", "", "", "randomize=true seed=42"],
      ["time", "heure", "Heure", "Time"],
      ["calculate", "total", "", "", "", "", "", "", "${taille}", "", "", "", "", "", "${taille} + 1"],
      ["text", "dyn", "Dynamique", "Dynamic", "", "${taille} > 2", "", "", "", "", "", "Pensez-y"],
      [
        "select_one oui_non",
        "accord",
        "D'accord ?",
        "Agree?",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "asset:oui",
        "asset:yes",
      ],
      ["note", "logo", "Logo", "Logo", "", "", "", "", "", "", "", "", "logo.png"],
      ["end_group"],
      ["", "", "Une ligne sans type"],
    ),
    choices,
    settings: sheet(["form_title", "instance_name"], ["Recensement", "concat(${prenom})"], ["Autre titre"]),
  });
  const questions = definition.pages.flatMap((page) => page.questions);
  const names = questions.map((question) => question.name);

  it("keeps what it can", () => {
    expect(definition.pages.map((page) => page.name)).toEqual(["menage"]);
    expect(names).toEqual([
      "taille",
      "prenom",
      "age",
      "couleur",
      "note",
      "hasard",
      "heure",
      "total",
      "dyn",
      "accord",
      "logo",
    ]);
  });

  it("drops metadata, location, uploads and external lists", () => {
    for (const line of [2, 3, 12, 13, 15]) expect(at(unmapped, line, "type")).toHaveLength(1);
    expect(at(unmapped, 12, "type")[0]?.message.fr).toContain("GPS");
  });

  it("flattens repeats and nested groups, moving their conditions onto their questions", () => {
    expect(at(unmapped, 6, "type")[0]?.message.en).toContain("its questions will be asked once");
    expect(at(unmapped, 8, "type")[0]?.message.fr).toContain("sa condition d'affichage est ajoutée");
    expect(definition.pages[0]?.relevant).toBe("${consent} = 'yes'");
    expect(questions.find((question) => question.name === "prenom")?.relevant).toBe("${taille} > 0");
    expect(questions.find((question) => question.name === "age")?.relevant).toBe(
      "(${taille} > 0) and (${prenom} != '') and (. > 0)",
    );
  });

  it("lists default values, read-only, triggers and dynamic requirements", () => {
    expect(at(unmapped, 5, "default")[0]?.message.fr).toContain("valeur par défaut « 1 »");
    expect(at(unmapped, 7, "read_only")[0]?.message.en).toContain("read-only");
    expect(at(unmapped, 19, "trigger")[0]?.message.en).toContain("trigger");
    expect(at(unmapped, 20, "required")[0]?.message.fr).toContain("facultative");
    expect(questions.find((question) => question.name === "dyn")?.required).toBeUndefined();
  });

  it("lists or_other, range steps, unsupported parameters and approximated types", () => {
    expect(at(unmapped, 14, "type")[0]?.message.en).toContain("or_other");
    expect(at(unmapped, 16, "parameters")[0]?.message.fr).toContain("step=2");
    expect(at(unmapped, 17, "parameters")[0]?.message.fr).toContain("seed=42");
    expect(questions.find((question) => question.name === "hasard")?.randomizeChoices).toBe(true);
    expect(at(unmapped, 18, "type")[0]?.message.en).toContain("becomes a “text” question");
    expect(questions.find((question) => question.name === "heure")?.type).toBe("text");
  });

  it("keeps the default language's image and lists the others", () => {
    expect(questions.find((question) => question.name === "accord")?.image).toBe("asset:oui");
    expect(at(unmapped, 21, "image")).toHaveLength(1);
  });

  it("drops an image given by file name, since the picture is not in the spreadsheet", () => {
    expect(questions.find((question) => question.name === "logo")?.image).toBeUndefined();
    expect(at(unmapped, 22, "image")[0]?.message.fr).toContain("« logo.png » n'est pas reprise");
  });

  it("lists ignored columns once, with the rows that fill them", () => {
    const guidance = at(unmapped, null, "guidance_hint");
    expect(guidance).toHaveLength(1);
    expect(guidance[0]?.message.en).toContain("filled on 1 row(s) (20)");
    expect(at(unmapped, null, "audio")).toHaveLength(1);
    expect(at(unmapped, null, "instance_name")).toHaveLength(1);
  });

  it("lists the yes/no list whose own wording the yes_no type replaces", () => {
    expect(definition.choiceLists.map((list) => list.name)).toEqual(["couleur"]);
    expect(
      unmapped.filter((issue) => issue.sheet === "choices" && issue.message.fr.includes("oui_non")),
    ).toHaveLength(1);
  });

  it("lists a row without a type and extra settings rows", () => {
    expect(at(unmapped, 24, "type")[0]?.message.en).toContain("no type");
    expect(unmapped.filter((issue) => issue.sheet === "settings" && issue.line === 3)).toHaveLength(1);
  });

  it("reports nothing else", () => {
    expect(unmapped).toHaveLength(23);
  });
});

describe("tables", () => {
  it("keeps a rule all rows share and lists one they disagree on", () => {
    const { definition, unmapped } = importWithLosses({
      survey: sheet(
        ["type", "name", "label", "appearance", "required", "constraint", "hint", "relevant"],
        ["begin_group", "t", "Tableau", "table-list"],
        ["select_one couleur", "l1", "Ligne 1", "", "yes", ". != 'r'", "Une aide", "${x} = 1"],
        ["select_one couleur", "l2", "Ligne 2", "", "", ". != 'r'"],
        ["end_group"],
      ),
      choices,
    });
    expect(definition.pages[0]?.questions[0]).toMatchObject({ type: "matrix", constraint: ". != 'r'" });
    expect(definition.pages[0]?.questions[0]?.required).toBeUndefined();
    expect(at(unmapped, 2, null)[0]?.message.en).toContain("the table becomes optional");
    expect(at(unmapped, 3, "hint")).toHaveLength(1);
    expect(at(unmapped, 3, "relevant")).toHaveLength(1);
  });

  it("is a page, not a matrix, when its rows do not share one list", () => {
    const { definition, unmapped } = importWithLosses({
      survey: sheet(
        ["type", "name", "label", "appearance"],
        ["begin_group", "t", "Tableau", "table-list"],
        ["select_one couleur", "l1", "Ligne 1"],
        ["text", "l2", "Ligne 2"],
        ["end_group"],
      ),
      choices,
    });
    expect(definition.pages[0]?.questions.map((question) => question.type)).toEqual([
      "single_choice",
      "text",
    ]);
    expect(at(unmapped, 2, "appearance")[0]?.message.fr).toContain("table-list");
  });
});
