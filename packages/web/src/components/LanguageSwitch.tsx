import { SegmentedControl, VisuallyHidden } from "@mantine/core";
import type { Locale } from "@ricochet/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { persistLanguage } from "../i18n/language.ts";
import { keys } from "../lib/queries.ts";

/** FR / EN: remembered in localStorage and in the cookie the server reads for its messages. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const labelId = useId();
  const current: Locale = i18n.language === "en" ? "en" : "fr";

  const change = (value: string) => {
    const locale: Locale = value === "en" ? "en" : "fr";
    persistLanguage(locale);
    void i18n.changeLanguage(locale);
    // Messages from the server (errors) are translated by the server: fetch them again.
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "me" });
    if (queryClient.getQueryData(keys.me)) void endpoints.updateMe({ locale }).catch(() => undefined);
  };

  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t("shell.language")}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={current}
        onChange={change}
        data={[
          { value: "fr", label: <span lang="fr" aria-label="Français">FR</span> },
          { value: "en", label: <span lang="en" aria-label="English">EN</span> },
        ]}
      />
    </div>
  );
}
