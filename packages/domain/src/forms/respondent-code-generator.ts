// Pseudonymous respondent codes, printed on a card or a letter and typed back by the person:
// no letters that read alike (0/O, 1/I/L), grouped by four, with a check character so that a
// typing mistake is caught before it links the wrong person's answers.

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (ALPHABET.indexOf(body[i] ?? "") + 1) * (i + 1);
  return ALPHABET[sum % ALPHABET.length] ?? "2";
}

/** A code from random bytes (at least 7): PREFIX-XXXX-XXXC where C is the check character. */
export function respondentCodeFrom(bytes: Uint8Array, prefix = ""): string {
  let body = "";
  for (let i = 0; i < 7; i += 1) body += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  const code = `${body.slice(0, 4)}-${body.slice(4)}${checkCharacter(body)}`;
  return prefix ? `${prefix}-${code}` : code;
}

/** Whether a typed code's check character matches (codes typed freely are not checked). */
export function hasValidCheckCharacter(code: string): boolean {
  const match = /([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{3})([2-9A-HJ-NP-Z])$/.exec(code);
  if (!match) return false;
  return checkCharacter(`${match[1]}${match[2]}`) === match[3];
}
