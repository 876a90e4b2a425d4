import fc from "fast-check";
import type {
  Choice,
  ChoiceList,
  MatrixItem,
  Page,
  Question,
  QuestionnaireDefinition,
  QuestionType,
  Texts,
} from "../src/forms/questionnaire-model.ts";
import type { XlsformSheet, XlsformWorkbook } from "../src/forms/xlsform/index.ts";

/** Drops undefined keys: import never writes them, so a generated definition must not either. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A trimmed, non-empty text, as a spreadsheet cell reads after trimming. */
export const textArb = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 16 })
  .map((text) => text.trim())
  .filter((text) => text.length > 0);

const nameArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
const valueArb = fc.stringMatching(/^[^\s'"]{1,10}$/);
const imageArb = fc.oneof(
  fc.stringMatching(/^asset:[A-Za-z0-9_-]{1,12}$/),
  fc.stringMatching(/^data:image\/png;base64,[A-Za-z0-9+/]{4,16}$/),
);
const languagesArb = fc.uniqueArray(fc.constantFrom("fr", "en", "es", "de", "ar", "qaa", "pt-BR"), {
  minLength: 1,
  maxLength: 3,
});

function textsArb(languages: readonly string[]): fc.Arbitrary<Texts> {
  const [first, ...others] = languages;
  return fc
    .tuple(textArb, ...others.map(() => fc.option(textArb, { nil: undefined })))
    .map(([main, ...rest]) =>
      Object.fromEntries([
        [first as string, main],
        ...others.flatMap((language, i) => (rest[i] === undefined ? [] : [[language, rest[i]]])),
      ]),
    );
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const appearanceArb = fc
  .subarray(["minimal", "horizontal", "quick", "w2", "no-calendar", "columns"], { minLength: 1 })
  .map((words) => words.join(" "));
const indicatorsArb = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { minLength: 1, maxLength: 3 });

function choiceListsArb(languages: readonly string[]): fc.Arbitrary<ChoiceList[]> {
  const choiceArb: fc.Arbitrary<Omit<Choice, "value">> = fc
    .record({
      label: textsArb(languages),
      easyRead: optional(textsArb(languages)),
      image: optional(imageArb),
      filters: optional(
        fc
          .dictionary(fc.constantFrom("district", "zone", "age_group"), textArb, { minKeys: 1 })
          .map((filters) => ({ ...filters })),
      ),
    })
    .map(compact);
  return fc
    .uniqueArray(
      fc.record({
        name: nameArb,
        choices: fc.uniqueArray(fc.tuple(valueArb, choiceArb), {
          minLength: 1,
          maxLength: 4,
          selector: ([v]) => v,
        }),
      }),
      { minLength: 1, maxLength: 3, selector: (list) => list.name },
    )
    .map((lists) =>
      lists.map((list) => ({
        name: list.name,
        choices: list.choices.map(([value, rest]) => ({ value, ...rest })),
      })),
    )
    .filter(
      (lists) =>
        !lists.some(
          (list) =>
            list.choices
              .map((c) => c.value)
              .sort()
              .join() === "no,yes",
        ),
    );
}

const CHOICE_TYPES: QuestionType[] = ["single_choice", "multiple_choice", "likert", "ranking"];

function questionArb(languages: readonly string[], lists: readonly string[]): fc.Arbitrary<Question> {
  const texts = textsArb(languages);
  return fc
    .record({
      type: fc.constantFrom<QuestionType>(
        "text",
        "long_text",
        "integer",
        "decimal",
        "single_choice",
        "multiple_choice",
        "likert",
        "rating",
        "yes_no",
        "date",
        "matrix",
        "ranking",
        "note",
        "consent",
        "calculate",
      ),
      label: texts,
      hint: optional(texts),
      easyRead: optional(texts),
      image: optional(imageArb),
      required: optional(fc.constant(true as const)),
      requiredMessage: optional(texts),
      constraint: optional(textArb),
      constraintMessage: optional(texts),
      relevant: optional(textArb),
      calculation: textArb,
      choiceList: fc.constantFrom(...lists),
      randomizeChoices: optional(fc.constant(true as const)),
      choiceFilter: optional(textArb),
      scale: fc
        .record({
          bounds: fc.tuple(fc.integer({ min: -5, max: 20 }), fc.integer({ min: -5, max: 20 })),
          minLabel: optional(texts),
          maxLabel: optional(texts),
        })
        .map(({ bounds: [a, b], ...labels }) =>
          compact({ min: Math.min(a, b), max: Math.max(a, b), ...labels }),
        ),
      items: fc.array(
        fc.record({ label: texts, easyRead: optional(texts) }).map((item) => compact({ name: "", ...item })),
        { minLength: 1, maxLength: 3 },
      ),
      indicatorIds: optional(indicatorsArb),
      appearance: optional(appearanceArb),
      noLabel: fc.boolean(),
    })
    .map(
      ({
        type,
        noLabel,
        calculation,
        choiceList,
        randomizeChoices,
        choiceFilter,
        scale,
        items,
        label,
        ...rest
      }) => {
        const isChoice = CHOICE_TYPES.includes(type) || type === "matrix";
        const question: Question = compact({
          name: "",
          type,
          label: noLabel && (type === "note" || type === "calculate") ? {} : label,
          ...rest,
          calculation: type === "calculate" ? calculation : undefined,
          choiceList: isChoice ? choiceList : undefined,
          randomizeChoices: isChoice || type === "yes_no" ? randomizeChoices : undefined,
          choiceFilter: isChoice || type === "yes_no" ? choiceFilter : undefined,
          scale: type === "rating" ? scale : undefined,
          items: type === "matrix" ? (items as MatrixItem[]) : undefined,
        });
        return question;
      },
    );
}

/** A definition in the shape import produces: names unique, lists present, default texts present. */
export const definitionArb: fc.Arbitrary<QuestionnaireDefinition> = languagesArb.chain((languages) =>
  choiceListsArb(languages).chain((choiceLists) => {
    const lists = choiceLists.map((list) => list.name);
    const pageArb = fc
      .record({
        name: nameArb,
        title: textsArb(languages),
        relevant: optional(textArb),
        questions: fc.array(questionArb(languages, lists), { maxLength: 4 }),
      })
      .map((page) => compact(page) as Page);
    return fc
      .record({
        title: textsArb(languages),
        description: optional(textsArb(languages)),
        pages: fc.array(pageArb, { minLength: 1, maxLength: 4 }),
        names: fc.array(nameArb, { minLength: 40, maxLength: 40 }),
      })
      .map(({ title, description, pages, names }) => {
        let next = 0;
        // A counter suffix makes every generated name unique while keeping it random-looking.
        const fresh = () => `${names[next % names.length]}${next++}`;
        for (const page of pages) {
          page.name = fresh();
          for (const question of page.questions) {
            question.name = fresh();
            for (const item of question.items ?? []) item.name = fresh();
          }
        }
        return compact({
          defaultLanguage: languages[0] as string,
          languages,
          title,
          description,
          choiceLists,
          pages,
        });
      });
  }),
);

const HEADERS = [
  "type",
  "name",
  "label",
  "label::fr",
  "label::English (en)",
  "label::Klingon",
  "hint",
  "required",
  "relevant",
  "appearance",
  "parameters",
  "choice_filter",
  "calculation",
  "default",
  "list_name",
  "region",
  "image",
  "easy_read::fr",
  "form_title",
  "default_language",
  "__proto__",
  "constructor",
];
const CELLS = [
  "begin_group",
  "end_group",
  "begin repeat",
  "end_repeat",
  "text",
  "integer",
  "select_one a",
  "select_multiple b",
  "rank a",
  "range",
  "note",
  "calculate",
  "geopoint",
  "select_one yn or_other",
  "a",
  "b",
  "yn",
  "yes",
  "no",
  "table-list",
  "field-list",
  "likert",
  "multiline",
  "start=0 end=3 step=2",
  "randomize=true",
  "true",
  "fr",
  "Klingon",
];

const headerArb = fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 12 }));
const cellArb = fc.oneof(fc.constantFrom(...CELLS), nameArb, fc.string({ maxLength: 12 }));

/** A header with the cells it holds; `optional` columns are often blank, as in real sheets. */
type Column = readonly [header: string, cell: fc.Arbitrary<string>, optional?: boolean];

function sheetArb(core: readonly Column[] = []): fc.Arbitrary<XlsformSheet> {
  return fc
    .uniqueArray(headerArb, { maxLength: 8 })
    .map((extra): Column[] => [
      ...core,
      ...extra
        .filter((header) => !core.some(([name]) => name === header))
        .map((header) => [header, cellArb, true] as const),
    ])
    .chain((columns) =>
      fc
        .array(
          fc.tuple(
            ...columns.map(([, cell, blank]) => (blank ? fc.option(cell, { nil: "", freq: 2 }) : cell)),
          ),
          { maxLength: 14 },
        )
        .map((rows) => ({
          columns: columns.map(([header]) => header),
          rows: rows.map((values, index) => ({
            line: index + 2,
            cells: Object.fromEntries(columns.map(([header], i) => [header, (values[i] ?? "").trim()])),
          })),
        })),
    );
}

/** Workbooks of random headers and cells, biased towards XLSForm words. */
export const workbookArb: fc.Arbitrary<XlsformWorkbook> = fc
  .record({ survey: optional(sheetArb()), choices: optional(sheetArb()), settings: optional(sheetArb()) })
  .map(compact);

const typeCellArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom("text", "integer", "note", "select_one a", "select_one yn", "range"),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom("begin_group", "end_group", "select_multiple b", "rank a", "calculate"),
  },
  { weight: 1, arbitrary: cellArb },
);

/** Rows that mostly make sense under the headers an XLSForm must have, so that many import. */
export const plausibleWorkbookArb: fc.Arbitrary<XlsformWorkbook> = fc
  .record({
    survey: sheetArb([
      ["type", typeCellArb],
      ["name", nameArb],
      ["label", fc.oneof({ weight: 4, arbitrary: textArb }, { weight: 1, arbitrary: cellArb })],
    ]),
    choices: sheetArb([
      ["list_name", fc.constantFrom("a", "b", "yn")],
      [
        "name",
        fc.oneof({ weight: 1, arbitrary: fc.constantFrom("yes", "no") }, { weight: 5, arbitrary: valueArb }),
      ],
      ["label", textArb],
    ]),
    settings: optional(sheetArb()),
  })
  .map(compact);
