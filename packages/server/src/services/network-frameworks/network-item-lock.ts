import { type Db, networkFrameworks, organisations } from "@ricochet/db";
import { AppError, NETWORK_ITEM_CHANGE_LABELS, type NetworkItemChange } from "@ricochet/domain";
import { eq } from "drizzle-orm";

/**
 * Refuses a change to an item copied from a network framework (the domain decides which changes
 * are forbidden), naming the item, the framework and its network in the message.
 */
export async function assertNetworkItemUnlocked(
  tx: Db,
  item: { networkFrameworkId: string | null; label: string },
  change: NetworkItemChange | null,
): Promise<void> {
  if (!change || !item.networkFrameworkId) return;
  const [origin] = await tx
    .select({ framework: networkFrameworks.name, network: organisations.name })
    .from(networkFrameworks)
    .innerJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
    .where(eq(networkFrameworks.id, item.networkFrameworkId));
  throw new AppError("NETWORK_ITEM_LOCKED", {
    item: item.label,
    framework: origin?.framework ?? "?",
    network: origin?.network ?? "?",
    action: NETWORK_ITEM_CHANGE_LABELS[change],
  });
}
