import { describe, expect, it } from "vitest";
import { searchTermVariants } from "../src/indicators/search-terms.ts";

describe("library search terms", () => {
  it("drops stop words, keeps codes, and tries plurals without their s or x", () => {
    expect(searchTermVariants("Confiance en soi des emplois")).toEqual([
      ["confiance"],
      ["soi"],
      ["emplois", "emploi"],
    ]);
    expect(searchTermVariants("EMP-SORTIE-DYN")).toEqual([["emp-sortie-dyn"]]);
    expect(searchTermVariants("  ")).toEqual([]);
    expect(searchTermVariants("réseaux locaux")).toEqual([
      ["réseaux", "réseau"],
      ["locaux", "locau"],
    ]);
  });
});
