import type { Bilingual } from "../i18n/locale.ts";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// The most common passwords in French and English leaks; length alone lets them through.
const COMMON_PASSWORDS = new Set([
  "azertyuiop",
  "azerty1234",
  "motdepasse",
  "motdepasse1",
  "password123",
  "password1234",
  "1234567890",
  "0123456789",
  "qwertyuiop",
  "iloveyou123",
  "soleil1234",
  "bonjour1234",
  "marseille13",
  "doudou1234",
  "loulou1234",
  "abcdefghij",
  "123456789a",
  "changeme123",
]);

export interface PasswordVerdict {
  ok: boolean;
  reasons: Bilingual[];
}

/**
 * Rules in the spirit of the CNIL recommendation (2022): a long password with
 * some variety, that is not a known common password nor the user's own email.
 */
export function checkPassword(password: string, email?: string): PasswordVerdict {
  const reasons: Bilingual[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    reasons.push({
      fr: `au moins ${PASSWORD_MIN_LENGTH} caractères`,
      en: `at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    reasons.push({
      fr: `au plus ${PASSWORD_MAX_LENGTH} caractères`,
      en: `at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    reasons.push({
      fr: "au moins trois types de caractères parmi minuscules, majuscules, chiffres et symboles",
      en: "at least three kinds of characters among lower case, upper case, digits and symbols",
    });
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) {
    reasons.push({ fr: "ce mot de passe est trop courant", en: "this password is too common" });
  }
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lowered.includes(localPart)) {
    reasons.push({
      fr: "il ne doit pas contenir votre adresse e-mail",
      en: "it must not contain your email address",
    });
  }
  return { ok: reasons.length === 0, reasons };
}
