import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeText,
  detectDelimiter,
  detectEncoding,
  excelSerialToIso,
  isFormulaCell,
  profileTable,
  readBoolean,
  readDate,
  readNumber,
} from "../src/datasets/index.ts";

// "Café;Durée\r\n" as French Excel saves it (Windows-1252): é is 0xE9.
const CP1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x44, 0x75, 0x72, 0xe9, 0x65, 0x0d, 0x0a]);

describe("encodings", () => {
  it("tells UTF-8, UTF-8 with a BOM and Windows-1252 apart, and decodes each", () => {
    expect(detectEncoding(new TextEncoder().encode("Café;Durée"))).toBe("utf-8");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Été")]);
    expect(detectEncoding(bom)).toBe("utf-8-bom");
    expect(decodeText(bom, "utf-8-bom")).toBe("Été");
    expect(detectEncoding(CP1252)).toBe("windows-1252");
    expect(decodeText(CP1252, "windows-1252")).toBe("Café;Durée\r\n");
    // The euro sign and the French quotes live in 0x80–0x9F in Windows-1252.
    expect(decodeText(new Uint8Array([0x80, 0x20, 0xab, 0xbb]), "windows-1252")).toBe("€ «»");
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoding = detectEncoding(bytes);
        expect(typeof decodeText(bytes, encoding)).toBe("string");
      }),
    );
  });
});

describe("delimiters", () => {
  it("finds « ; », « , » and tabs, quotes respected", () => {
    expect(detectDelimiter("nom;âge;ville\nA;34;Die\nB;28;Crest\n")).toBe(";");
    expect(detectDelimiter('name,comment\nA,"un, deux"\nB,"trois"\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
    expect(detectDelimiter('montant;libellé\n"12,5";"Repas, boissons"\n"3,2";"Transport"\n')).toBe(";");
  });
});

describe("cells", () => {
  it("reads French and English numbers", () => {
    expect(readNumber("12,5", ",")).toEqual({ ok: true, value: 12.5 });
    expect(readNumber("1 234,50", ",")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("1\u202f234,50", ",")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("1.234,50", ",")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("1,234.50", ".")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("-3", ",")).toEqual({ ok: true, value: -3 });
    const bad = readNumber("douze", ",");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.fr).toContain("n'est pas un nombre");
  });

  it("reads dates in each format and refuses impossible ones", () => {
    expect(readDate("31/12/2025", "dd/mm/yyyy")).toEqual({ ok: true, value: "2025-12-31" });
    expect(readDate("1/2/2026", "dd/mm/yyyy")).toEqual({ ok: true, value: "2026-02-01" });
    expect(readDate("2026-02-01", "yyyy-mm-dd")).toEqual({ ok: true, value: "2026-02-01" });
    expect(readDate("30/02/2026", "dd/mm/yyyy").ok).toBe(false);
    expect(excelSerialToIso(45658)).toBe("2025-01-01");
    expect(readDate("45658", "excel_serial")).toEqual({ ok: true, value: "2025-01-01" });
  });

  it("reads oui/non and spots formulas", () => {
    expect(readBoolean("Oui")).toEqual({ ok: true, value: true });
    expect(readBoolean("NON")).toEqual({ ok: true, value: false });
    expect(readBoolean("peut-être").ok).toBe(false);
    expect(isFormulaCell("=SOMME(A1:A3)")).toBe(true);
    expect(isFormulaCell("= 3")).toBe(false);
  });
});

describe("column types", () => {
  it("guesses types, the decimal comma and the columns that name a person", () => {
    const header = [
      "Nom",
      "Date d'entrée",
      "CA mensuel",
      "Heures",
      "Associé",
      "Secteur",
      "N° dossier",
      "Commentaire",
    ];
    const sectors = ["bâtiment", "artisanat", "services"];
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Personne ${i}`,
      `${String((i % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/2025`,
      `${1200 + i},${i % 10}0`,
      String(20 + (i % 15)),
      i % 3 === 0 ? "oui" : "non",
      sectors[i % 3] ?? "",
      String(100000 + i * 7),
      `Remarque libre numéro ${i} sur l'accompagnement`,
    ]);
    const { decimalSeparator, columns } = profileTable(header, rows);
    expect(decimalSeparator).toBe(",");
    const type = (name: string) => columns.find((c) => c.name === name)?.type;
    expect(type("Date d'entrée")).toBe("date");
    expect(columns.find((c) => c.name === "Date d'entrée")?.dateFormat).toBe("dd/mm/yyyy");
    expect(type("CA mensuel")).toBe("number");
    expect(type("Heures")).toBe("integer");
    expect(type("Associé")).toBe("boolean");
    expect(type("Secteur")).toBe("category");
    expect(type("N° dossier")).toBe("identifier");
    expect(type("Commentaire")).toBe("text");
    expect(columns.find((c) => c.name === "Nom")?.looksPersonal).toBe(true);
    expect(columns.find((c) => c.name === "Secteur")?.looksPersonal).toBe(false);
  });

  it("never throws on arbitrary tables", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), { maxLength: 20 }),
        (rows) => {
          const header = ["a", "b", "c", "d", "e"];
          const { columns } = profileTable(header, rows);
          expect(columns).toHaveLength(5);
        },
      ),
    );
  });
});
