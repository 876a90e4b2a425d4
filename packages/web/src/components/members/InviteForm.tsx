import { Alert, Button, CopyButton, Group, NumberInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { canAssignRole, ROLE_LABELS, ROLES, type Role, ZCreateInvitation } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { CreatedInvitation } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** Creates an invitation link with a role; the link is shown once, with a copy button. */
export function InviteForm({ orgId, myRole }: { orgId: string; myRole: Role }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>("contributor");
  const [email, setEmail] = useState("");
  const [days, setDays] = useState<number | string>(7);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const invite = useMutation({
    mutationFn: (body: { role: Role; email: string | null; expiresInDays: number }) =>
      endpoints.createInvitation(orgId, body),
    onSuccess: async (invitation) => {
      setCreated(invitation);
      await queryClient.invalidateQueries({ queryKey: keys.invitations(orgId) });
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { role, email: email.trim() || null, expiresInDays: Number(days) };
    const checked = validate(ZCreateInvitation, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) {
      setCreated(null);
      invite.mutate(body);
    }
  };

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={invite.error} />
          <Group grow align="flex-start">
            <Select
              label={t("members.inviteRole")}
              description={t("members.inviteRoleHelp")}
              data={ROLES.map((r) => ({
                value: r,
                label: pick(ROLE_LABELS[r]),
                disabled: !canAssignRole(myRole, undefined, r),
              }))}
              value={role}
              onChange={(value) => value && setRole(value as Role)}
              allowDeselect={false}
              error={errors.role}
              required
            />
            <TextInput
              label={t("members.inviteEmail")}
              description={t("members.inviteEmailHelp")}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <NumberInput
              label={t("members.inviteDays")}
              description={t("members.inviteDaysHelp")}
              min={1}
              max={30}
              value={days}
              onChange={setDays}
              error={errors.expiresInDays}
              allowDecimal={false}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={invite.isPending}>
              {t("members.inviteSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
      {created ? (
        <Alert color="teal" variant="light" title={t("members.linkReady")} role="status">
          <Stack gap="xs">
            <Text size="sm">{t("members.linkOnce")}</Text>
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t("members.link")}
                value={created.link}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: 1 }}
                data-testid="invitation-link"
              />
              <CopyButton value={created.link}>
                {({ copied, copy }) => (
                  <Button onClick={copy} variant={copied ? "filled" : "light"}>
                    {copied ? t("common.copied") : t("common.copy")}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
