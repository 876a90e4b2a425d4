import { List, Text } from "@mantine/core";
import { checkPassword } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useLocale } from "../lib/useLocale.ts";

/** The password rules, each marked met or not, updated as the person types (text, not colour only). */
export function PasswordRules({ id, password, email }: { id: string; password: string; email: string }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const base = checkPassword("").reasons;
  const failing = checkPassword(password, email).reasons;
  const rules = [...base, ...failing.filter((r) => !base.some((b) => b.fr === r.fr))];
  return (
    <div id={id}>
      <Text size="sm" fw={600} mb={4}>
        {t("auth.passwordRulesTitle")}
      </Text>
      <List size="sm" spacing={2} listStyleType="none" aria-live="polite">
        {rules.map((rule) => {
          const ok = password.length > 0 && !failing.some((f) => f.fr === rule.fr);
          return (
            <List.Item key={rule.fr}>
              <Text span c={ok ? "teal.9" : "gray.7"} size="sm">
                <span aria-hidden="true">{ok ? "✓ " : "○ "}</span>
                {pick(rule)}
                <span className="visually-hidden"> — {ok ? t("auth.ruleMet") : t("auth.ruleNotMet")}</span>
              </Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
