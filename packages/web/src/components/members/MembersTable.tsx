import { Button, Group, Modal, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { canAssignRole, ROLE_LABELS, ROLES, type Role } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { Member } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { RoleBadge } from "../RoleBadge.tsx";

interface Props {
  orgId: string;
  orgName: string;
  members: Member[];
  myUserId: string;
  myRole: Role | null;
  canUpdate: boolean;
  canRemove: boolean;
}

export function MembersTable({ orgId, orgName, members, myUserId, myRole, canUpdate, canRemove }: Props) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<Member | null>(null);

  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => endpoints.updateMemberRole(orgId, id, role),
    onSuccess: () => {
      notifications.show({ color: "teal", message: t("members.roleChanged") });
      return queryClient.invalidateQueries({ queryKey: keys.members(orgId) });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
  });
  const remove = useMutation({
    mutationFn: (member: Member) => endpoints.removeMember(orgId, member.id),
    onSuccess: async (_data, member) => {
      setRemoving(null);
      if (member.userId === myUserId) {
        await queryClient.invalidateQueries({ queryKey: keys.me });
        navigate("/");
        return;
      }
      await queryClient.invalidateQueries({ queryKey: keys.members(orgId) });
    },
  });

  const leaving = removing?.userId === myUserId;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("members.name")}</Table.Th>
              <Table.Th>{t("members.email")}</Table.Th>
              <Table.Th>{t("members.role")}</Table.Th>
              <Table.Th>{t("members.joinedAt")}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t("common.actions")}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const isMe = m.userId === myUserId;
              const editable = canUpdate && myRole !== null && canAssignRole(myRole, m.role, undefined);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {m.name}
                      {isMe ? ` (${t("members.you")})` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    {editable && myRole ? (
                      <Select
                        aria-label={t("members.roleOf", { name: m.name })}
                        size="xs"
                        w={200}
                        data={ROLES.map((r) => ({
                          value: r,
                          label: pick(ROLE_LABELS[r]),
                          disabled: !canAssignRole(myRole, m.role, r),
                        }))}
                        value={m.role}
                        allowDeselect={false}
                        onChange={(value) =>
                          value && value !== m.role && changeRole.mutate({ id: m.id, role: value as Role })
                        }
                      />
                    ) : (
                      <RoleBadge role={m.role} />
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(m.joinedAt, locale)}</Table.Td>
                  <Table.Td>
                    {(canRemove && myRole && canAssignRole(myRole, m.role, undefined)) || isMe ? (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(m)}>
                        {isMe ? t("members.leave") : t("members.remove")}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={leaving ? t("members.leaveTitle") : t("members.removeTitle")}
      >
        {removing ? (
          <Stack>
            <Text>
              {leaving
                ? t("members.leaveConfirm", { org: orgName })
                : t("members.removeConfirm", { name: removing.name, org: orgName })}
            </Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t("common.cancel")}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removing)}>
                {leaving ? t("members.leave") : t("members.remove")}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
