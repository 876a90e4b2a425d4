import { z } from "zod";
import { ZId } from "./organisation.ts";

/** An empty or blank optional text means "none", as a cleared form field sends it. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/**
 * Publishes the framework of one of the network's own evaluations to its members: a new network
 * framework, or (with `networkFrameworkId`) the next version of one it already published.
 */
export const ZPublishNetworkFramework = z.object({
  networkFrameworkId: ZId.nullish().transform((v) => v ?? null),
  name: z.string().trim().min(3).max(160),
  description: optionalText(2000),
  /** What changed, shown to members when they are offered the new version. */
  changeNote: optionalText(1000),
});
export type TPublishNetworkFramework = z.input<typeof ZPublishNetworkFramework>;

/** Adopts a network framework in an evaluation, or brings it to the framework's newest version. */
export const ZAdoptNetworkFramework = z.object({ networkFrameworkId: ZId });
export type TAdoptNetworkFramework = z.input<typeof ZAdoptNetworkFramework>;
