import { joinRequests, organisations } from "@ricochet/db";
import { can } from "@ricochet/domain";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type JoinRequestView, toJoinRequestView } from "./join-request-view.ts";

export interface JoinRequestLists {
  /** Requests from structures that want to join this organisation (to decide). */
  incoming: JoinRequestView[];
  /** Requests this organisation sent. */
  outgoing: JoinRequestView[];
}

export async function listJoinRequests(
  ctx: ServiceContext,
  organisationId: string,
): Promise<JoinRequestLists> {
  const { grants } = await authorize(ctx.db, ctx.actor, organisationId, "organisation.read");
  const canDecide = can(grants, "joinRequest.decide");
  const canSee = can(grants, "joinRequest.create");
  const requester = alias(organisations, "requester");
  const target = alias(organisations, "target");
  const base = () =>
    ctx.db
      .select({
        request: joinRequests,
        organisationName: requester.name,
        targetOrganisationName: target.name,
      })
      .from(joinRequests)
      .innerJoin(requester, eq(requester.id, joinRequests.organisationId))
      .innerJoin(target, eq(target.id, joinRequests.targetOrganisationId));
  const [incoming, outgoing] = await Promise.all([
    canDecide
      ? base()
          .where(eq(joinRequests.targetOrganisationId, organisationId))
          .orderBy(desc(joinRequests.createdAt))
      : Promise.resolve([]),
    canSee
      ? base().where(eq(joinRequests.organisationId, organisationId)).orderBy(desc(joinRequests.createdAt))
      : Promise.resolve([]),
  ]);
  const view = (r: (typeof incoming)[number]) => toJoinRequestView(r.request, r);
  return { incoming: incoming.map(view), outgoing: outgoing.map(view) };
}
