import { type Locale, ORGANISATION_KIND_LABELS, ROLE_LABELS } from "@ricochet/domain";
import type { TFunction } from "i18next";
import type { AuditEvent } from "../api/types.ts";
import { formatDate } from "./format.ts";

const KNOWN = new Set([
  "organisation.created",
  "organisation.child_created",
  "organisation.updated",
  "organisation.moved",
  "member.role_changed",
  "member.removed",
  "member.left",
  "invitation.created",
  "invitation.accepted",
  "invitation.revoked",
  "join_request.created",
  "join_request.accepted",
  "join_request.rejected",
  "accompaniment.requested",
  "accompaniment.accepted",
  "accompaniment.declined",
  "accompaniment.ended",
  "accompaniment.consent_withdrawn",
  "user.signed_up",
  "user.updated",
]);

function str(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

function label(map: Record<string, { fr: string; en: string }>, value: unknown, locale: Locale): string {
  const key = str(value);
  return map[key]?.[locale] ?? key;
}

/** A sentence in the current language for an audit event, with a short summary of its details. */
export function describeAuditEvent(
  event: AuditEvent,
  t: TFunction,
  locale: Locale,
): { sentence: string; details: string; unknown: boolean } {
  const s = event.summary ?? {};
  const role = (v: unknown) => label(ROLE_LABELS, v, locale);
  const kind = (v: unknown) => label(ORGANISATION_KIND_LABELS, v, locale);
  const params: Record<string, string> = {
    name: str(s.name),
    kind: kind(s.kind),
    role: role(s.role),
    from: role(s.from),
    to: role(s.to),
    email: str(s.email),
    organisation: str(s.organisation),
    target: str(s.target),
    cohort: str(s.cohort),
    support: str(s.support),
    count: str(s.subtreeSize),
    member: str(s.memberName) || t("audit.someone"),
    fromName: str(s.fromName) || t("audit.root"),
    toName: str(s.toName) || t("audit.root"),
  };
  if (!KNOWN.has(event.action)) {
    return { sentence: t("audit.actions.unknown"), details: "", unknown: true };
  }
  const sentence = t(`audit.actions.${event.action.replace(".", "_")}`, params);
  let details = "";
  if (event.action === "organisation.updated" && s.changes && typeof s.changes === "object") {
    const fields = Object.keys(s.changes as Record<string, unknown>).map((f) => t(`audit.fields.${f}`, f));
    details = t("audit.changedFields", { fields: fields.join(", ") });
  } else if (event.action === "invitation.created" && s.expiresAt) {
    details = t("audit.expiresOn", { date: formatDate(str(s.expiresAt), locale) });
  } else if (event.action === "organisation.moved" && s.subtreeSize) {
    details = t("audit.subtreeSize", { count: Number(s.subtreeSize) });
  } else if (event.action === "user.updated" && Array.isArray(s.fields)) {
    details = t("audit.changedFields", {
      fields: s.fields.map((f) => t(`audit.fields.${str(f)}`, str(f))).join(", "),
    });
  }
  return { sentence, details, unknown: false };
}
