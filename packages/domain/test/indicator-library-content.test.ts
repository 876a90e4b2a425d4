import { describe, expect, it } from "vitest";
import type { Localised } from "../src/i18n/localised.ts";
import type { IndicatorContent } from "../src/indicators/indicator-content.ts";
import {
  COLLECTION_METHODS,
  IMP_DIMENSIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_SECTORS,
  INDICATOR_TYPES,
  type IndicatorSector,
} from "../src/indicators/indicator-vocabulary.ts";
import { BUILT_IN_INDICATORS } from "../src/indicators/library/index.ts";

const THEME_SECTORS: IndicatorSector[] = [
  "employment_insertion",
  "entrepreneurship_cooperatives",
  "disability_autonomy",
  "isolation_social_ties",
  "health",
  "rural_services",
  "energy_citizen_participation",
  "youth",
  "volunteering",
  "governance",
];

const CODE_PREFIXES = ["GEN", "EMP", "ENT", "HAN", "LIEN", "SAN", "RUR", "ENR", "JEU", "BEN", "GOU", "JUS"];

/** Every Localised text of an indicator, with a name to show in failures. */
function localisedTexts(indicator: IndicatorContent): Array<[string, Localised]> {
  const texts: Array<[string, Localised]> = [
    ["name", indicator.name],
    ["definition", indicator.definition],
    ["unit", indicator.unit],
    ["source", indicator.source],
  ];
  if (indicator.questionWording) texts.push(["questionWording", indicator.questionWording]);
  return texts;
}

describe("built-in indicator library", () => {
  it("has at least 60 indicators", () => {
    expect(BUILT_IN_INDICATORS.length).toBeGreaterThanOrEqual(60);
  });

  it("has unique, well-formed codes with a theme prefix", () => {
    const codes = BUILT_IN_INDICATORS.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9-]{1,39}$/);
      expect(CODE_PREFIXES, code).toContain(code.split("-")[0]);
    }
  });

  it("uses the GEN- prefix exactly for generic indicators", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      expect(indicator.code.startsWith("GEN-"), indicator.code).toBe(indicator.sectors.length === 0);
    }
  });

  it("has every text in French and English", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      for (const [path, text] of localisedTexts(indicator)) {
        expect(text.fr.trim(), `${indicator.code}.${path}.fr`).not.toBe("");
        expect(text.en.trim(), `${indicator.code}.${path}.en`).not.toBe("");
      }
    }
  });

  it("uses only values of the closed vocabularies", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      const { code } = indicator;
      expect(INDICATOR_TYPES, code).toContain(indicator.type);
      expect(INDICATOR_DIRECTIONS, code).toContain(indicator.direction);
      expect(COLLECTION_METHODS, code).toContain(indicator.collectionMethod);
      expect(INDICATOR_FREQUENCIES, code).toContain(indicator.frequency);
      expect(IMP_DIMENSIONS, code).toContain(indicator.impDimension);
      expect(new Set(indicator.sectors).size, `${code}: duplicate sectors`).toBe(indicator.sectors.length);
      for (const sector of indicator.sectors) expect(INDICATOR_SECTORS, code).toContain(sector);
    }
  });

  it("has at least 5 generic indicators and at least 5 indicators per theme", () => {
    const generic = BUILT_IN_INDICATORS.filter((indicator) => indicator.sectors.length === 0);
    expect(generic.length).toBeGreaterThanOrEqual(5);
    for (const sector of THEME_SECTORS) {
      const count = BUILT_IN_INDICATORS.filter((indicator) => indicator.sectors.includes(sector)).length;
      expect(count, sector).toBeGreaterThanOrEqual(5);
    }
  });

  it("gives a question wording to every questionnaire or interview indicator", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      if (indicator.collectionMethod === "questionnaire" || indicator.collectionMethod === "interview") {
        expect(indicator.questionWording, indicator.code).toBeDefined();
      }
    }
  });

  it("has 1–4 snake_case disaggregations and lower-case tags", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      const { code, disaggregations, tags } = indicator;
      expect(disaggregations.length, code).toBeGreaterThanOrEqual(1);
      expect(disaggregations.length, code).toBeLessThanOrEqual(4);
      expect(new Set(disaggregations).size, `${code}: duplicate disaggregations`).toBe(
        disaggregations.length,
      );
      for (const key of disaggregations) expect(key, code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(tags.length, code).toBeGreaterThanOrEqual(1);
      for (const tag of tags) {
        expect(tag.trim(), code).not.toBe("");
        expect(tag, code).toBe(tag.toLocaleLowerCase("fr"));
      }
    }
  });

  it("expresses proportions in percent and leaves IRIS+ references out", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      if (indicator.type === "proportion") {
        expect(indicator.unit.fr, indicator.code).toContain("%");
        expect(indicator.unit.en, indicator.code).toContain("%");
      }
      expect(indicator.irisId, indicator.code).toBeUndefined();
      expect(indicator.irisVersion, indicator.code).toBeUndefined();
    }
  });
});
