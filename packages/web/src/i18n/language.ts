import type { Locale } from "@ricochet/domain";

const STORAGE_KEY = "ricochet_lang";
const COOKIE = "ricochet_lang";

function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}

function readCookie(): string | undefined {
  return document.cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === COOKIE)?.[1];
}

/** The remembered language: localStorage, then the cookie, French otherwise. */
export function initialLanguage(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isLocale(stored)) return stored;
  const fromCookie = readCookie();
  return isLocale(fromCookie) ? fromCookie : "fr";
}

/**
 * Remembers the language in localStorage and in the `ricochet_lang` cookie, which the server
 * reads to translate its error messages, and updates `<html lang>`.
 */
export function persistLanguage(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the cookie still carries the choice.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie; no other API sets it.
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=${60 * 60 * 24 * 365}; SameSite=Lax`;
  document.documentElement.lang = locale;
}
