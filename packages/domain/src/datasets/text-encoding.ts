// The encodings organisations' files come in: UTF-8 (with or without the BOM Excel writes) and
// Windows-1252, what French Excel saves as "CSV (séparateur : point-virgule)".

export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

function isValidUtf8(bytes: Uint8Array, start: number): boolean {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (length === 0 || (b >= 0xe0 && b < 0xf0 && length !== 3)) return false;
    for (let k = 1; k < length; k += 1) {
      // A sequence cut by the end of a sample is not an error of the file.
      if (i + k >= bytes.length) return true;
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

/** Which encoding the bytes are in. Pure ASCII reads the same in all three and counts as UTF-8. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  return isValidUtf8(bytes, 0) ? "utf-8" : "windows-1252";
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, œ, …). Decoded by hand:
// some runtimes' TextDecoder("windows-1252") quietly decodes Latin-1 instead (Node 20 does).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === "utf-8-bom") return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
