import { AppError } from "@ricochet/domain";
import QRCode from "qrcode";
import type { ServiceContext } from "../context.ts";
import { authorizeCampaign } from "./campaign-access.ts";
import { loadCampaignViews } from "./campaign-view.ts";

/** The campaign's public link as an SVG QR code, to print on a poster or a letter. */
export async function campaignQrCode(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
): Promise<string> {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "evaluation.read",
  );
  const [view] = await loadCampaignViews(ctx.db, [campaign], ctx.publicUrl, new Date());
  if (!view?.publicUrl)
    throw new AppError("CAMPAIGN_CHANNEL_CLOSED", {
      name: campaign.name,
      channel: { fr: "de lien public", en: "a public link" },
    });
  return QRCode.toString(view.publicUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
