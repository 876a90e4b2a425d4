import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ROLE_LABELS } from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { ErrorAlert, errorMessage } from "../components/ErrorAlert.tsx";
import { KindBadge } from "../components/KindBadge.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { rememberOrganisation } from "../lib/currentOrg.ts";
import { formatDate } from "../lib/format.ts";
import { keys, useMe } from "../lib/queries.ts";
import { useLocale } from "../lib/useLocale.ts";

export function InvitationPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { token = "" } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const preview = useQuery({
    queryKey: ["invitation", token],
    queryFn: () => endpoints.invitationPreview(token),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () => endpoints.acceptInvitation(token),
    onSuccess: async (accepted) => {
      rememberOrganisation(accepted.organisationId);
      await queryClient.invalidateQueries({ queryKey: keys.me });
      notifications.show({
        color: "teal",
        message: t("invitation.welcome", {
          org: accepted.organisationName,
          role: pick(ROLE_LABELS[accepted.role]),
        }),
      });
      navigate(`/o/${accepted.organisationId}`);
    },
  });

  const here = `/invitations/${encodeURIComponent(token)}`;
  return (
    <Container size={560} py="xl">
      <Title order={1} mb="md" ta="center">
        {t("invitation.title")}
      </Title>
      <Paper withBorder shadow="sm" p="xl" radius="md" bg="white">
        {preview.isPending ? (
          <PageLoader />
        ) : preview.isError ? (
          <Stack>
            <Alert color="red" variant="light" title={t("invitation.unavailable")} role="alert">
              {errorMessage(preview.error, t)}
            </Alert>
            <Text size="sm">{t("invitation.askNew")}</Text>
            <Anchor component={Link} to="/">
              {t("common.backHome")}
            </Anchor>
          </Stack>
        ) : (
          <Stack>
            <Text size="lg">
              {t("invitation.intro")} <strong>{preview.data.organisationName}</strong>
            </Text>
            <Group gap="xs">
              <KindBadge kind={preview.data.organisationKind} />
            </Group>
            <Text>
              {t("invitation.role")} : <strong>{pick(ROLE_LABELS[preview.data.role])}</strong>
            </Text>
            <Text size="sm" c="dimmed">
              {t("invitation.expires", { date: formatDate(preview.data.expiresAt, locale) })}
            </Text>
            {preview.data.email ? (
              <Text size="sm">{t("invitation.reservedFor", { email: preview.data.email })}</Text>
            ) : null}
            <ErrorAlert error={accept.error} />
            {me.isPending ? null : me.data ? (
              <Stack gap="xs">
                <Text size="sm">
                  {t("invitation.signedInAs", { name: me.data.name, email: me.data.email })}
                </Text>
                <Button size="md" loading={accept.isPending} onClick={() => accept.mutate()}>
                  {t("invitation.accept")}
                </Button>
              </Stack>
            ) : (
              <Stack gap="xs">
                <Text size="sm">{t("invitation.needAccount")}</Text>
                <Group grow>
                  <Button component={Link} to={`/sign-up?next=${encodeURIComponent(here)}`}>
                    {t("auth.createAccount")}
                  </Button>
                  <Button component={Link} variant="default" to={`/sign-in?next=${encodeURIComponent(here)}`}>
                    {t("auth.signIn")}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        )}
      </Paper>
    </Container>
  );
}
