const NBSP = "\u00a0";

/**
 * French typography: a no-break space before « : ; ! ? » and inside « », so that a line never
 * starts with a colon or a closing guillemet. Applied to every French text this module emits.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
}
