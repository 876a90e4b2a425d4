import { describe, expect, it } from "vitest";
import { STEP_GUIDANCE } from "../src/evaluations/step-guidance.ts";
import { EVALUATION_STEPS, type StepGuidance } from "../src/evaluations/steps.ts";
import type { Localised } from "../src/i18n/localised.ts";
import { ZLocalised } from "../src/i18n/localised.ts";

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** Every bilingual text of one step, each with a label saying where it comes from. */
function localisedTexts(guidance: StepGuidance): [string, Localised][] {
  return [
    ["title", guidance.title],
    ["summary", guidance.summary],
    ["what", guidance.what],
    ["why", guidance.why],
    ["example", guidance.example],
    ...guidance.mistakes.map((text, i): [string, Localised] => [`mistakes[${i}]`, text]),
    ...guidance.checklist.map((item): [string, Localised] => [`checklist.${item.key}`, item.label]),
  ];
}

describe("step guidance", () => {
  it("has exactly one entry per evaluation step, keyed by its step", () => {
    expect(Object.keys(STEP_GUIDANCE).sort()).toEqual([...EVALUATION_STEPS].sort());
    for (const step of EVALUATION_STEPS) {
      expect(STEP_GUIDANCE[step], step).toBeDefined();
      expect(STEP_GUIDANCE[step].step, step).toBe(step);
    }
  });

  it("has every text in French and in English", () => {
    for (const step of EVALUATION_STEPS) {
      for (const [where, text] of localisedTexts(STEP_GUIDANCE[step])) {
        const label = `${step}.${where}`;
        expect(text.fr.trim(), label).not.toBe("");
        expect(text.en.trim(), label).not.toBe("");
        expect(text.fr, label).not.toBe(text.en);
        expect(ZLocalised.safeParse(text).success, label).toBe(true);
      }
    }
  });

  it("uses French quotation marks in French and English ones in English", () => {
    for (const step of EVALUATION_STEPS) {
      for (const [where, text] of localisedTexts(STEP_GUIDANCE[step])) {
        expect(text.fr, `${step}.${where}`).not.toContain('"');
        expect(text.en, `${step}.${where}`).not.toMatch(/[«»]/);
      }
    }
  });

  it("lists 3 to 5 common mistakes per step", () => {
    for (const step of EVALUATION_STEPS) {
      const { mistakes } = STEP_GUIDANCE[step];
      expect(mistakes.length, step).toBeGreaterThanOrEqual(3);
      expect(mistakes.length, step).toBeLessThanOrEqual(5);
    }
  });

  it("has 4 to 6 checklist items per step, with unique snake_case keys", () => {
    for (const step of EVALUATION_STEPS) {
      const { checklist } = STEP_GUIDANCE[step];
      expect(checklist.length, step).toBeGreaterThanOrEqual(4);
      expect(checklist.length, step).toBeLessThanOrEqual(6);
      const keys = checklist.map((item) => item.key);
      for (const key of keys) expect(key, step).toMatch(SNAKE_CASE);
      expect(new Set(keys).size, step).toBe(keys.length);
    }
  });
});
