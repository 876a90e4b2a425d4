import { ancestorIds } from "@ricochet/domain";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { loadNetworkFrameworkViews, type NetworkFrameworkView } from "./network-framework-view.ts";

/**
 * The network frameworks an organisation may adopt (published by its ancestors, nearest network
 * last) and those it published itself, with adoption counts over its members for the latter.
 */
export async function listNetworkFrameworks(
  ctx: ServiceContext,
  organisationId: string,
): Promise<NetworkFrameworkView[]> {
  const { organisation } = await authorize(ctx.db, ctx.actor, organisationId, "evaluation.read");
  // ancestorIds keeps every id of the path but the last, which is the organisation itself.
  return loadNetworkFrameworkViews(ctx.db, [...ancestorIds(organisation.path), organisationId], {
    organisationId,
    path: organisation.path,
  });
}
