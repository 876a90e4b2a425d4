import type { ValueKind } from "@ricochet/domain";

// The simple condition builder: "question · operator · value" rows joined by "and" or "or",
// written in XLSForm's syntax (`${situation} = 'emploi'`, `selected(${aides}, 'logement')`) and
// read back from it when an expression has that shape, so both views stay in step.

export type { ValueKind };

export const CONDITION_OPERATORS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "selected",
  "not_selected",
  "checked",
  "not_checked",
  "answered",
  "not_answered",
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export interface SimpleCondition {
  name: string;
  operator: ConditionOperator;
  value: string;
}

export interface SimpleLogic {
  join: "and" | "or";
  conditions: SimpleCondition[];
}

/** The operators that make sense for a kind of answer, the most useful first. */
export function operatorsFor(kind: ValueKind): ConditionOperator[] {
  switch (kind) {
    case "choice":
      return ["eq", "neq", "answered", "not_answered"];
    case "choices":
      return ["selected", "not_selected", "answered", "not_answered"];
    case "number":
    case "date":
      return ["eq", "neq", "gt", "gte", "lt", "lte", "answered", "not_answered"];
    case "boolean":
      return ["checked", "not_checked"];
    case "text":
      return ["eq", "neq", "answered", "not_answered"];
    default:
      return [];
  }
}

/** Whether the operator needs a value typed or picked. */
export const needsValue = (operator: ConditionOperator): boolean =>
  !["checked", "not_checked", "answered", "not_answered"].includes(operator);

const SYMBOL: Partial<Record<ConditionOperator, string>> = {
  eq: "=",
  neq: "!=",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
};

function quote(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/"/g, "")}"`;
}

function literal(value: string, kind: ValueKind): string {
  const trimmed = value.trim();
  if (kind === "number" && /^-?\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  return quote(kind === "number" ? trimmed : value);
}

export function conditionToExpression(condition: SimpleCondition, kind: ValueKind): string {
  const ref = `\${${condition.name}}`;
  switch (condition.operator) {
    case "selected":
      return `selected(${ref}, ${quote(condition.value)})`;
    case "not_selected":
      return `not(selected(${ref}, ${quote(condition.value)}))`;
    case "checked":
      return `${ref} = true()`;
    case "not_checked":
      return `${ref} != true()`;
    case "answered":
      return `${ref} != ''`;
    case "not_answered":
      return `${ref} = ''`;
    default:
      return `${ref} ${SYMBOL[condition.operator]} ${literal(condition.value, kind)}`;
  }
}

export function logicToExpression(logic: SimpleLogic, kinds: ReadonlyMap<string, ValueKind>): string {
  return logic.conditions
    .filter((c) => c.name && (!needsValue(c.operator) || c.value.trim() !== ""))
    .map((c) => conditionToExpression(c, kinds.get(c.name) ?? "text"))
    .join(` ${logic.join} `);
}

/** Splits on top-level ` and ` / ` or `, outside quotes and parentheses. */
function splitTopLevel(source: string): { parts: string[]; joins: Set<string> } {
  const parts: string[] = [];
  const joins = new Set<string>();
  let depth = 0;
  let quoteChar: string | null = null;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (quoteChar) {
      if (c === quoteChar) quoteChar = null;
      continue;
    }
    if (c === "'" || c === '"') quoteChar = c;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (depth === 0 && c === " ") {
      const match = /^ (and|or) /.exec(source.slice(i));
      if (match?.[1]) {
        parts.push(source.slice(start, i));
        joins.add(match[1]);
        i += match[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(source.slice(start));
  return { parts: parts.map((p) => p.trim()), joins };
}

const STRING = `(?:'([^']*)'|"([^"]*)")`;
const REF = "\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}";
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => SimpleCondition }> = [
  {
    re: new RegExp(String.raw`^not\(\s*selected\(\s*${REF}\s*,\s*${STRING}\s*\)\s*\)$`),
    read: (m) => ({ name: m[1] ?? "", operator: "not_selected", value: m[2] ?? m[3] ?? "" }),
  },
  {
    re: new RegExp(String.raw`^selected\(\s*${REF}\s*,\s*${STRING}\s*\)$`),
    read: (m) => ({ name: m[1] ?? "", operator: "selected", value: m[2] ?? m[3] ?? "" }),
  },
  {
    re: new RegExp(String.raw`^${REF}\s*(!=|=)\s*true\(\)$`),
    read: (m) => ({ name: m[1] ?? "", operator: m[2] === "=" ? "checked" : "not_checked", value: "" }),
  },
  {
    re: new RegExp(String.raw`^${REF}\s*(!=|=)\s*(?:''|"")$`),
    read: (m) => ({ name: m[1] ?? "", operator: m[2] === "=" ? "not_answered" : "answered", value: "" }),
  },
  {
    re: new RegExp(String.raw`^${REF}\s*(!=|>=|<=|=|>|<)\s*(?:${STRING}|(-?\d+(?:\.\d+)?))$`),
    read: (m) => {
      const symbol = m[2] ?? "=";
      const operator = (Object.entries(SYMBOL).find(([, s]) => s === symbol)?.[0] ??
        "eq") as ConditionOperator;
      return { name: m[1] ?? "", operator, value: m[3] ?? m[4] ?? m[5] ?? "" };
    },
  },
];

/**
 * The simple form of an expression, or null when it has another shape (then only the advanced
 * field shows it). An empty expression is an empty logic.
 */
export function parseLogic(
  source: string | undefined,
  kinds: ReadonlyMap<string, ValueKind>,
): SimpleLogic | null {
  const text = (source ?? "").trim();
  if (text === "") return { join: "and", conditions: [] };
  const { parts, joins } = splitTopLevel(text);
  if (joins.size > 1) return null;
  const conditions: SimpleCondition[] = [];
  for (const part of parts) {
    const pattern = PATTERNS.map((p) => ({ p, m: p.re.exec(part) })).find((x) => x.m);
    if (!pattern?.m) return null;
    const condition = pattern.p.read(pattern.m);
    const kind = kinds.get(condition.name);
    if (!kind || !operatorsFor(kind).includes(condition.operator)) return null;
    conditions.push(condition);
  }
  return { join: joins.has("or") ? "or" : "and", conditions };
}
