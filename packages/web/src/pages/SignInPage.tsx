import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { authApi } from "../api/auth.ts";
import { endpoints } from "../api/endpoints.ts";
import { AuthCard } from "../components/AuthCard.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { safeNext } from "../lib/next.ts";
import { keys } from "../lib/queries.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await authApi.signIn({ email: email.trim(), password });
      // Everything cached belonged to the previous visitor: start again, keeping the observers.
      await queryClient.resetQueries();
      await queryClient.fetchQuery({ queryKey: keys.me, queryFn: endpoints.me });
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const signUpLink = `/sign-up${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`;
  return (
    <AuthCard title={t("auth.signInTitle")} subtitle={t("auth.signInSubtitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("auth.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t("auth.signIn")}
          </Button>
          <Text size="sm" ta="center">
            {t("auth.noAccount")}{" "}
            <Anchor component={Link} to={signUpLink} fw={600}>
              {t("auth.createAccount")}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
