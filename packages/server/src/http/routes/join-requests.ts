import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateJoinRequest, ZJoinRequestDecision } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { ZJoinRequest, ZJoinRequestLists, ZOrgIdParam } from "../schemas.ts";

const tags = ["Organisation tree"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const ZRequestParams = ZOrgIdParam.extend({
  requestId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "requestId", in: "path" } }),
});

export function registerJoinRequestRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/join-requests",
      tags,
      security: cookieSecurity,
      summary: "Requests to join this organisation, and those it sent / demandes d'adhésion",
      request: { params: ZOrgIdParam },
      responses: { 200: json(ZJoinRequestLists, "Requests"), ...errorResponses(401, 404) },
    }),
    async (c) =>
      c.json(await services.listJoinRequests(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/join-requests",
      tags,
      security: cookieSecurity,
      summary: "Ask a network to take this organisation in / demander à rejoindre un réseau",
      request: { params: ZOrgIdParam, body: jsonBody(ZCreateJoinRequest) },
      responses: { 201: json(ZJoinRequest, "Sent"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await services.createJoinRequest(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json"),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/join-requests/{requestId}/decision",
      tags,
      security: cookieSecurity,
      summary: "Accept or reject a request to join / accepter ou refuser une demande",
      request: { params: ZRequestParams, body: jsonBody(ZJoinRequestDecision) },
      responses: { 200: json(ZJoinRequest, "Decided"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, requestId } = c.req.valid("param");
      return c.json(
        await services.decideJoinRequest(
          serviceContext(c, deps),
          orgId,
          requestId,
          c.req.valid("json").decision,
        ),
        200,
      );
    },
  );
}
