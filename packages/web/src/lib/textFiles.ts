import { decodeText as decodeBytes, detectEncoding, slugify } from "@ricochet/domain";

// Text files people pick in the browser (paper answers as CSV, interview transcripts): most are
// UTF-8, but Excel on Windows and older tools still save in windows-1252. The domain's reader
// tells them apart, as the dataset import does.

/** The text of the bytes: UTF-8 (without its byte order mark), or windows-1252 when not UTF-8. */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return decodeBytes(view, detectEncoding(view));
}

/** Reads a picked file as text, with the encoding fallback above. */
export async function readTextFile(file: Blob): Promise<string> {
  return decodeText(await file.arrayBuffer());
}

/** Words of a text, as the server counts them for interviews (runs of non-space characters). */
export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** Offers a text as a file download, e.g. a CSV template built in the browser. */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A name fit for a file: "Mesure finale — été" → "mesure-finale-ete". */
export function fileSlug(text: string): string {
  return slugify(text) || "fichier";
}
