import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateInvitation, ZUpdateMemberRole } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { ZCreatedInvitation, ZInvitation, ZMember, ZOrgIdParam } from "../schemas.ts";

const tags = ["Members"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const ZMemberParams = ZOrgIdParam.extend({
  memberId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "memberId", in: "path" } }),
});
const ZInvitationParams = ZOrgIdParam.extend({
  invitationId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "invitationId", in: "path" } }),
});

export function registerMemberRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/members",
      tags,
      security: cookieSecurity,
      summary: "Members and their roles / membres et rôles",
      request: { params: ZOrgIdParam },
      responses: { 200: json(z.array(ZMember), "Members"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await services.listMembers(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organisations/{orgId}/members/{memberId}",
      tags,
      security: cookieSecurity,
      summary: "Change a member's role / changer le rôle d'un membre",
      request: { params: ZMemberParams, body: jsonBody(ZUpdateMemberRole) },
      responses: {
        200: json(z.object({ id: z.string(), role: ZUpdateMemberRole.shape.role }), "Updated"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { orgId, memberId } = c.req.valid("param");
      return c.json(
        await services.updateMemberRole(serviceContext(c, deps), orgId, memberId, c.req.valid("json").role),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/organisations/{orgId}/members/{memberId}",
      tags,
      security: cookieSecurity,
      summary: "Remove a member, or leave / retirer un membre ou quitter",
      request: { params: ZMemberParams },
      responses: { 204: { description: "Removed" }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, memberId } = c.req.valid("param");
      await services.removeMember(serviceContext(c, deps), orgId, memberId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/invitations",
      tags,
      security: cookieSecurity,
      summary: "Invitations sent / invitations envoyées",
      request: { params: ZOrgIdParam },
      responses: { 200: json(z.array(ZInvitation), "Invitations"), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json(await services.listInvitations(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/invitations",
      tags,
      security: cookieSecurity,
      summary: "Create an invitation link with a role / créer un lien d'invitation",
      request: { params: ZOrgIdParam, body: jsonBody(ZCreateInvitation) },
      responses: {
        201: json(ZCreatedInvitation, "Created; the token is shown once"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const created = await services.createInvitation(
        serviceContext(c, deps),
        c.req.valid("param").orgId,
        c.req.valid("json"),
      );
      // The token is shown once: no cache, and no idempotent replay, may keep it.
      c.header("Cache-Control", "no-store");
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/organisations/{orgId}/invitations/{invitationId}",
      tags,
      security: cookieSecurity,
      summary: "Cancel an invitation / annuler une invitation",
      request: { params: ZInvitationParams },
      responses: { 204: { description: "Cancelled" }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, invitationId } = c.req.valid("param");
      await services.revokeInvitation(serviceContext(c, deps), orgId, invitationId);
      return c.body(null, 204);
    },
  );
}
