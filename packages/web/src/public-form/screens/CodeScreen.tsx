/** @jsxImportSource preact */
import type { Strings } from "../i18n.ts";
import type { RespondentCodeMode } from "../types.ts";
import { Title } from "./Title.tsx";

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

/** The respondent code, when the campaign links answers by code ("free": chosen; "panel": given). */
export function CodeScreen(props: {
  t: Strings;
  mode: RespondentCodeMode;
  code: string;
  error: string | null;
  onCode: (code: string) => void;
  onContinue: () => void;
}) {
  const { t, mode, code, error } = props;
  return (
    <form
      class="code"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onContinue();
      }}
    >
      <Title>{t.codeTitle}</Title>
      <div class={error ? "q q-invalid" : "q"}>
        <label class="q-label" for="pf-code">
          {t.codeLabel} <span class="req">({t.required})</span>
        </label>
        <p class="hint" id="pf-code-hint">
          {mode === "panel" ? t.codeHintPanel : t.codeHintFree} {t.codeFormat}
        </p>
        {error ? (
          <p class="err" id="pf-code-error">
            <span class="sr-only">{t.errorPrefix}</span>
            {error}
          </p>
        ) : null}
        <input
          type="text"
          id="pf-code"
          class="input-code"
          value={code}
          required
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          aria-describedby={error ? "pf-code-hint pf-code-error" : "pf-code-hint"}
          aria-invalid={error ? true : undefined}
          onInput={(event) => props.onCode(event.currentTarget.value.toUpperCase().replace(/\s+/g, ""))}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          {t.continue}
        </button>
      </div>
    </form>
  );
}
