// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import { EXPRESSION_FUNCTION_NAMES } from "../src/forms/expression/index.ts";
import { run } from "./expression-helpers.ts";

describe("choice functions", () => {
  it("selected tests an array or a space-separated text", () => {
    expect(run("selected(${c}, 'x')", { c: ["x", "y"] })).toBe(true);
    expect(run("selected(${c}, 'z')", { c: ["x", "y"] })).toBe(false);
    expect(run("selected(${c}, ' y ')", { c: "x y" })).toBe(true);
    expect(run("selected(${c}, 'x')")).toBe(false);
    expect(run("selected(., 'a')", {}, { dot: "a" })).toBe(true);
  });

  it("count-selected and selected-at (0-based)", () => {
    expect(run("count-selected(${m}) >= 2", { m: ["a", "b"] })).toBe(true);
    expect(run("count-selected(${m})", { m: " a  b c " })).toBe(3);
    expect(run("count-selected(${m})")).toBe(0);
    expect(run("selected-at(${r}, 0)", { r: ["b", "a"] })).toBe("b");
    expect(run("selected-at(${r}, 1)", { r: "b a" })).toBe("a");
    expect(run("selected-at(${r}, 2)", { r: ["b", "a"] })).toBe("");
    expect(run("selected-at(${r}, -1)", { r: ["b", "a"] })).toBe("");
    expect(run("selected-at(${r}, 'x')", { r: ["b", "a"] })).toBe("");
  });

  it("jr:choice-name asks the environment, or gives the value back", () => {
    const choiceName = (value: string, question: string) =>
      question === "q" ? `label of ${value}` : undefined;
    expect(run("jr:choice-name(${q}, '${q}')", { q: "a" }, { choiceName })).toBe("label of a");
    expect(run("jr:choice-name(${q}, ${q})", { q: "a" }, { choiceName })).toBe("label of a");
    expect(run("jr:choice-name(${q}, 'q')", { q: "a" }, { choiceName })).toBe("label of a");
    expect(run("jr:choice-name(${q}, '${other}')", { q: "a" }, { choiceName })).toBe("a");
    expect(run("jr:choice-name(${q}, '${q}')", { q: "a" })).toBe("a");
  });
});

describe("logic and conversion functions", () => {
  it("if, coalesce, not, true, false, boolean, boolean-from-string", () => {
    expect(run("if(${q} = 'yes', 1, 0) + 2", { q: "yes" })).toBe(3);
    expect(run("if(${q} = 'yes', 1, 0) + 2")).toBe(2);
    expect(run("coalesce(${a}, 'none')")).toBe("none");
    expect(run("coalesce(${a}, 'none')", { a: 0 })).toBe(0);
    expect(run("coalesce(${a}, 'none')", { a: [] })).toBe("none");
    expect(run("not(${a})")).toBe(true);
    expect(run("not('false')")).toBe(false);
    expect(run("true() and not(false())")).toBe(true);
    expect(run("boolean(0)")).toBe(false);
    expect(run("boolean('0')")).toBe(true);
    expect(run("boolean-from-string('true')")).toBe(true);
    expect(run("boolean-from-string('1')")).toBe(true);
    expect(run("boolean-from-string('yes')")).toBe(false);
  });

  it("string, number, int, once", () => {
    expect(run("string(2.50)")).toBe("2.5");
    expect(run("string(${m})", { m: ["a", "b"] })).toBe("a b");
    expect(run("string(1 = 1)")).toBe("true");
    expect(run("number(' 12 ')")).toBe(12);
    expect(run("number('12a')")).toBeNaN();
    expect(run("int(3.9)")).toBe(3);
    expect(run("int(-3.9)")).toBe(-3);
    expect(run("int('x')")).toBeNaN();
    expect(run("once(${a})", { a: "first" })).toBe("first");
  });
});

describe("text functions", () => {
  it("concat, string-length, substr (0-based, end excluded), normalize-space", () => {
    expect(run("concat('a', 1, ${b}, true())", { b: ["x", "y"] })).toBe("a1x ytrue");
    expect(run("concat(${a})")).toBe("");
    expect(run("string-length('été')")).toBe(3);
    expect(run("string-length(12.5)")).toBe(4);
    expect(run("substr('bonjour', 3)")).toBe("jour");
    expect(run("substr('bonjour', 0, 3)")).toBe("bon");
    expect(run("substr('bonjour', 5, 2)")).toBe("");
    expect(run("substr('bonjour', -2, 100)")).toBe("bonjour");
    expect(run("substr('bonjour', 'x')")).toBe("bonjour");
    expect(run("normalize-space('  a \t b\n')")).toBe("a b");
  });

  it("contains, starts-with, ends-with", () => {
    expect(run("contains('bonjour', 'jo')")).toBe(true);
    expect(run("contains('bonjour', '')")).toBe(true);
    expect(run("starts-with(${p}, '06')", { p: "0612" })).toBe(true);
    expect(run("ends-with(${p}, '06')", { p: "0612" })).toBe(false);
  });

  it("regex finds a match anywhere, and is false on a bad pattern or an oversized text", () => {
    expect(run("regex(., '^[0-9]{5}$')", {}, { dot: "75011" })).toBe(true);
    expect(run("regex(., '^[0-9]{5}$')", {}, { dot: "7501" })).toBe(false);
    expect(run("regex('abc123', '[0-9]+')")).toBe(true);
    expect(run("regex('abc', '(')")).toBe(false);
    expect(run("regex(${t}, 'a')", { t: "a".repeat(10_001) })).toBe(false);
    expect(run("regex(${t}, 'a')", { t: "a".repeat(10_000) })).toBe(true);
  });
});

describe("number functions", () => {
  it("round, half away from zero, with optional digits", () => {
    expect(run("round(2.5)")).toBe(3);
    expect(run("round(-2.5)")).toBe(-3);
    expect(run("round(2.4)")).toBe(2);
    expect(run("round(1.005, 2)")).toBe(1.01);
    expect(run("round(1234.5, -2)")).toBe(1200);
    expect(run("round(2.5, 400)")).toBe(2.5);
    expect(run("round('x')")).toBeNaN();
    expect(run("round(1 div 0)")).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(run("round(-0.4)"), 0)).toBe(true);
  });

  it("min, max, sum of their values (a list counts each item), abs, pow", () => {
    expect(run("min(3, 1, 2)")).toBe(1);
    expect(run("max(3, '7', 2)")).toBe(7);
    expect(run("max(3, ${a})")).toBeNaN();
    expect(run("sum(1, 2, 3.5)")).toBe(6.5);
    expect(run("sum(${r})", { r: ["1", "2"] })).toBe(3);
    expect(run("min(${r})", { r: [] })).toBeNaN();
    expect(run("abs(-4)")).toBe(4);
    expect(run("pow(2, 10)")).toBe(1024);
    expect(run("pow(2, 0.5)")).toBeCloseTo(Math.SQRT2);
  });
});

describe("date functions", () => {
  it("today and now come from the environment", () => {
    expect(run("today()")).toEqual({ date: "2024-06-15" });
    expect(run("now()")).toBe("2024-06-15T10:30:00Z");
    expect(run("today()", {}, { today: () => "not a date" })).toBe("");
  });

  it("date reads texts, dates and day numbers", () => {
    expect(run("date('2024-02-29')")).toEqual({ date: "2024-02-29" });
    expect(run("date('2023-02-29')")).toBe("");
    expect(run("date('2024-06-15T10:30:00Z')")).toEqual({ date: "2024-06-15" });
    expect(run("date(0)")).toEqual({ date: "1970-01-01" });
    expect(run("date(today() + 20)")).toEqual({ date: "2024-07-05" });
    expect(run("date('19000')")).toEqual({ date: "2022-01-08" });
    expect(run("date('soon')")).toBe("");
    expect(run("date(1 div 0)")).toBe("");
  });

  it("decimal-date-time counts days with their fraction", () => {
    expect(run("decimal-date-time('1970-01-02T12:00:00Z')")).toBe(1.5);
    expect(run("decimal-date-time('1970-01-02T12:00:00+02:00')")).toBeCloseTo(1.5 - 2 / 24);
    expect(run("decimal-date-time(today())")).toBe(19889);
    expect(run("decimal-date-time(now())")).toBeCloseTo(19889 + 10.5 / 24);
    expect(run("decimal-date-time('x')")).toBeNaN();
  });

  it("format-date knows %Y %y %m %n %d %e %b and leaves the rest", () => {
    expect(run("format-date(${d}, '%d/%m/%Y')", { d: { date: "2024-03-05" } })).toBe("05/03/2024");
    expect(run("format-date('2024-03-05', '%e %b %y, %n')")).toBe("5 Mar 24, 3");
    expect(run("format-date(today(), '%% %q')")).toBe("% %q");
    expect(run("format-date('never', '%Y')")).toBe("");
  });
});

describe("the function list", () => {
  it("holds every function the brief names", () => {
    expect([...EXPRESSION_FUNCTION_NAMES].sort()).toEqual(
      [
        "selected",
        "count-selected",
        "selected-at",
        "if",
        "coalesce",
        "concat",
        "string",
        "number",
        "int",
        "round",
        "string-length",
        "substr",
        "contains",
        "starts-with",
        "ends-with",
        "regex",
        "normalize-space",
        "not",
        "true",
        "false",
        "boolean",
        "boolean-from-string",
        "min",
        "max",
        "sum",
        "abs",
        "pow",
        "today",
        "now",
        "date",
        "decimal-date-time",
        "format-date",
        "once",
        "jr:choice-name",
      ].sort(),
    );
  });

  it("an unknown function evaluates to the empty text", () => {
    expect(run("nope(1)")).toBe("");
    expect(run("constructor()")).toBe("");
    expect(run("selected()")).toBe(false);
  });
});
