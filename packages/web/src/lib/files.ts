// Reading files the person picks, in the browser: pictograms as data URLs, spreadsheets as base64.

export const PICTOGRAM_TYPES = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/svg+xml",
] as const;
export const PICTOGRAM_MAX_BYTES = 300 * 1024;

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** A pictogram as a data URL, or why it was refused (not a picture format we take, too heavy). */
export async function readPictogram(
  file: File,
): Promise<{ ok: true; dataUrl: string } | { ok: false; reason: "type" | "size" }> {
  if (!(PICTOGRAM_TYPES as readonly string[]).includes(file.type)) return { ok: false, reason: "type" };
  if (file.size > PICTOGRAM_MAX_BYTES) return { ok: false, reason: "size" };
  return { ok: true, dataUrl: await readAsDataUrl(file) };
}

/** The file's bytes in base64, without the data URL prefix. */
export async function readAsBase64(file: File): Promise<string> {
  const url = await readAsDataUrl(file);
  return url.slice(url.indexOf(",") + 1);
}
