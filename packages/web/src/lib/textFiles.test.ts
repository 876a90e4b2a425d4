import { describe, expect, it } from "vitest";
import { countWords, decodeText, fileSlug } from "./textFiles.ts";

describe("text files", () => {
  it("reads UTF-8, and falls back to windows-1252 for Excel's old CSV files", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFâge;réponse"))).toBe("âge;réponse");
    // "âge;réponse" in windows-1252: â = 0xE2, é = 0xE9 (not valid UTF-8 on their own).
    const latin = new Uint8Array([0xe2, 0x67, 0x65, 0x3b, 0x72, 0xe9, 0x70, 0x6f, 0x6e, 0x73, 0x65]);
    expect(decodeText(latin)).toBe("âge;réponse");
  });

  it("counts words and names files", () => {
    expect(countWords("  Texte de l'entretien.\n Fin ")).toBe(4);
    expect(countWords("")).toBe(0);
    expect(fileSlug("Mesure finale — été 2026")).toBe("mesure-finale-ete-2026");
  });
});
