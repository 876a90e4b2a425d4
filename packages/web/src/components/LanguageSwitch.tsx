import { SegmentedControl } from "@mantine/core";
import type { Locale } from "@ricochet/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import { persistLanguage } from "../i18n/language.ts";
import { keys } from "../lib/queries.ts";

/** FR / EN: remembered in localStorage and in the cookie the server reads for its messages. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
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
    <fieldset style={{ border: 0, margin: 0, padding: 0, minInlineSize: 0 }}>
      <legend className="visually-hidden">{t("shell.language")}</legend>
      <SegmentedControl
        size="xs"
        value={current}
        onChange={change}
        data={[
          {
            value: "fr",
            label: (
              <span lang="fr">
                <span aria-hidden="true">FR</span>
                <span className="visually-hidden">Français</span>
              </span>
            ),
          },
          {
            value: "en",
            label: (
              <span lang="en">
                <span aria-hidden="true">EN</span>
                <span className="visually-hidden">English</span>
              </span>
            ),
          },
        ]}
      />
    </fieldset>
  );
}
