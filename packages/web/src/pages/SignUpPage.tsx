import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { checkPassword, ZCreateUser } from "@ricochet/domain";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { authApi } from "../api/auth.ts";
import { ApiError } from "../api/client.ts";
import { endpoints } from "../api/endpoints.ts";
import { AuthCard } from "../components/AuthCard.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PasswordRules } from "../components/PasswordRules.tsx";
import { safeNext } from "../lib/next.ts";
import { keys } from "../lib/queries.ts";
import { useLocale } from "../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../lib/validation.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const rulesId = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const checked = validate(ZCreateUser, { name, email: email.trim(), password, locale }, locale);
    const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.errors };
    const verdict = checkPassword(password, email.trim());
    if (!verdict.ok) {
      fieldErrors.password = t("auth.weakPassword", { reasons: verdict.reasons.map(pick).join(", ") });
    }
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return;
    setBusy(true);
    try {
      await authApi.signUp({ name: name.trim(), email: email.trim(), password });
      // Everything cached belonged to the previous visitor: start again, keeping the observers.
      await queryClient.resetQueries();
      await queryClient.fetchQuery({ queryKey: keys.me, queryFn: endpoints.me });
      void endpoints.updateMe({ locale }).catch(() => undefined);
      navigate(next, { replace: true });
    } catch (e) {
      setErrors(serverFieldErrors(e));
      if (e instanceof ApiError && e.code === "WEAK_PASSWORD") setErrors({ password: e.title });
      else if (e instanceof ApiError && e.code === "EMAIL_TAKEN") setErrors({ email: e.title });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const signInLink = `/sign-in${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`;
  return (
    <AuthCard title={t("auth.signUpTitle")} subtitle={t("auth.signUpSubtitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t("auth.name")}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t("auth.password")}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            aria-describedby={rulesId}
          />
          <PasswordRules id={rulesId} password={password} email={email} />
          <Button type="submit" loading={busy} fullWidth>
            {t("auth.createAccount")}
          </Button>
          <Text size="sm" ta="center">
            {t("auth.haveAccount")}{" "}
            <Anchor component={Link} to={signInLink} fw={600}>
              {t("auth.signIn")}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
