// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are XLSForm expressions, where ${name} is a reference to a question.
import { describe, expect, it } from "vitest";
import { toBoolean, toNumber, toText } from "../src/forms/expression/index.ts";
import { run } from "./expression-helpers.ts";

describe("XPath conversions", () => {
  it("reads booleans", () => {
    expect(toBoolean("")).toBe(false);
    expect(toBoolean("false")).toBe(true);
    expect(toBoolean(0)).toBe(false);
    expect(toBoolean(Number.NaN)).toBe(false);
    expect(toBoolean(-2)).toBe(true);
    expect(toBoolean([])).toBe(false);
    expect(toBoolean(["a"])).toBe(true);
    expect(toBoolean({ date: "2024-01-01" })).toBe(true);
  });

  it("reads numbers", () => {
    expect(toNumber("")).toBeNaN();
    expect(toNumber(" 3.5 ")).toBe(3.5);
    expect(toNumber("-.5")).toBe(-0.5);
    expect(toNumber("3,5")).toBeNaN();
    expect(toNumber("1e3")).toBeNaN();
    expect(toNumber("0x10")).toBeNaN();
    expect(toNumber("Infinity")).toBeNaN();
    expect(toNumber(true)).toBe(1);
    expect(toNumber(false)).toBe(0);
    expect(toNumber({ date: "1970-01-11" })).toBe(10);
    expect(toNumber({ date: "1969-12-31" })).toBe(-1);
    expect(toNumber({ date: "2024-02-30" })).toBeNaN();
    expect(toNumber(["4"])).toBe(4);
    expect(toNumber(["4", "5"])).toBeNaN();
    expect(toNumber([])).toBeNaN();
  });

  it("writes texts", () => {
    expect(toText(3)).toBe("3");
    expect(toText(-0)).toBe("0");
    expect(toText(2.5)).toBe("2.5");
    expect(toText(1e21)).toBe("1000000000000000000000");
    expect(toText(1.5e-7)).toBe("0.00000015");
    expect(toText(Number.NaN)).toBe("NaN");
    expect(toText(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(toText(true)).toBe("true");
    expect(toText(["a", "b"])).toBe("a b");
    expect(toText({ date: "2024-05-01" })).toBe("2024-05-01");
  });
});

describe("operators", () => {
  it("treats an unanswered question as the empty text", () => {
    expect(run("${age} > 3")).toBe(false);
    expect(run("${age} < 3")).toBe(false);
    expect(run("${age} = ''")).toBe(true);
    expect(run("${age} != 3")).toBe(true);
    expect(run("${age} = 3", { age: null })).toBe(false);
    expect(run("${age} + 1")).toBeNaN();
    expect(run("string-length(${name})")).toBe(0);
  });

  it("compares booleans first, then numbers and dates, then texts", () => {
    expect(run("${c} = true()", { c: "x" })).toBe(true);
    expect(run("${c} = true()", { c: "" })).toBe(false);
    expect(run("${age} = 3", { age: "3.0" })).toBe(true);
    expect(run("${age} = '3.0'", { age: 3 })).toBe(true);
    expect(run("'3.0' = '3'")).toBe(false);
    expect(run("'abc' = 'abc'")).toBe(true);
    expect(run("'10' < '9'")).toBe(false);
    expect(run("'abc' < 'abd'")).toBe(false);
    expect(run("${m} = 'x y'", { m: ["x", "y"] })).toBe(true);
    expect(run("${m} = 2", { m: ["2"] })).toBe(true);
  });

  it("never finds NaN equal, except through !=", () => {
    expect(run("number('x') = number('x')")).toBe(false);
    expect(run("number('x') != number('x')")).toBe(true);
    expect(run("number('x') != 1")).toBe(true);
    expect(run("number('x') <= 1")).toBe(false);
    expect(run("number('x') >= 1")).toBe(false);
  });

  it("compares dates as days, reading date-like texts as dates", () => {
    const values = { d: { date: "2024-01-01" }, e: { date: "2024-01-01" } };
    expect(run("${d} < today()", values)).toBe(true);
    expect(run("${d} > today()", values)).toBe(false);
    expect(run("${d} = ${e}", values)).toBe(true);
    expect(run("${d} = '2024-01-01'", values)).toBe(true);
    expect(run("${d} < '2024-01-02'", values)).toBe(true);
    expect(run("'2024-01-01' < '2024-01-02'")).toBe(true);
    expect(run("${d} < 'soon'", values)).toBe(false);
    expect(run("${d} = 19723", values)).toBe(true);
  });

  it("computes with numbers, dates as days, and never throws on division by zero", () => {
    expect(run("1 + 2 * 3 - 4 div 2")).toBe(5);
    expect(run("7 mod 3")).toBe(1);
    expect(run("-7 mod 3")).toBe(-1);
    expect(run("'2' * '3'")).toBe(6);
    expect(run("1 div 0")).toBe(Number.POSITIVE_INFINITY);
    expect(run("0 div 0")).toBeNaN();
    expect(run("-${a}", { a: "4" })).toBe(-4);
    expect(run("today() + 1")).toBe(19890);
    expect(run("today() - ${d}", { d: { date: "2024-06-01" } })).toBe(14);
    expect(run("today() - '2024-06-10'")).toBe(5);
    expect(run("true() + true()")).toBe(2);
  });

  it("evaluates and and or into booleans, reading the right side only when needed", () => {
    const read: string[] = [];
    const lookup = (name: string) => {
      read.push(name);
      return "x";
    };
    expect(run("${a} or ${b}", {}, { lookup })).toBe(true);
    expect(run("not(${c}) and ${d}", {}, { lookup })).toBe(false);
    expect(read).toEqual(["a", "c"]);
    expect(run("1 and 'x'")).toBe(true);
    expect(run("0 or ''")).toBe(false);
    expect(run("${a} = 'yes' or ${b} > 2", { a: "no", b: 3 })).toBe(true);
  });

  it("reads the dot and the columns of a choice", () => {
    expect(run(". > 3", {}, { dot: 5 })).toBe(true);
    expect(run(". = ''", {}, { dot: null })).toBe(true);
    expect(
      run("county = ${c}", { c: "north" }, { column: (name) => (name === "county" ? "north" : undefined) }),
    ).toBe(true);
    expect(run("missing = ''", {}, { column: () => undefined })).toBe(true);
    expect(run("county = ''")).toBe(true);
  });
});
