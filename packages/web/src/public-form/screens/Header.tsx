/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Strings } from "../i18n.ts";

/** A language's own name ("English", "Español"), capitalised; the code when the browser has no name. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

interface HeaderProps {
  t: Strings;
  organisation: string | null;
  easyRead: boolean;
  onEasyRead: (on: boolean) => void;
  languages: string[];
  language: string;
  onLanguage: (language: string) => void;
  /** Where the form runs, above the rest (a preview, a team member's entry). */
  banner?: ComponentChildren;
}

/** Always visible: who asks, the easy-to-read switch and the language. */
export function Header({
  t,
  organisation,
  easyRead,
  onEasyRead,
  languages,
  language,
  onLanguage,
  banner,
}: HeaderProps) {
  return (
    <header class="top">
      {banner}
      <div class="top-inner">
        {organisation ? <p class="org">{organisation}</p> : null}
        <div class="tools">
          <label class="switch" for="pf-easy">
            <input
              type="checkbox"
              role="switch"
              id="pf-easy"
              checked={easyRead}
              aria-checked={easyRead}
              onChange={(event) => onEasyRead(event.currentTarget.checked)}
            />
            <span>{t.easyRead}</span>
          </label>
          {languages.length > 1 ? (
            <div class="lang">
              <label for="pf-lang">{t.language}</label>
              <select
                id="pf-lang"
                value={language}
                onChange={(event) => onLanguage(event.currentTarget.value)}
              >
                {languages.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}
