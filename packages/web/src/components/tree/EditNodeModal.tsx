import { Modal } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types.ts";
import { OrganisationEditForm } from "../OrganisationEditForm.tsx";

export function EditNodeModal({ node, onClose }: { node: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={node !== null}
      onClose={onClose}
      title={node ? t("tree.editTitle", { name: node.name }) : ""}
      size="lg"
    >
      {node ? <OrganisationEditForm org={node} onDone={onClose} /> : null}
    </Modal>
  );
}
