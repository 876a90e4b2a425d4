// Whether a campaign takes answers today. Pure, so the public page, the staff entry form and the
// server say the same thing.

export type CampaignClosedReason = "draft" | "closed" | "not_yet_open" | "ended";

export function campaignAcceptance(
  campaign: { status: "draft" | "open" | "closed"; opensOn: string | null; closesOn: string | null },
  today: string,
): { accepting: true } | { accepting: false; reason: CampaignClosedReason } {
  if (campaign.status === "draft") return { accepting: false, reason: "draft" };
  if (campaign.status === "closed") return { accepting: false, reason: "closed" };
  if (campaign.opensOn && today < campaign.opensOn) return { accepting: false, reason: "not_yet_open" };
  if (campaign.closesOn && today > campaign.closesOn) return { accepting: false, reason: "ended" };
  return { accepting: true };
}
