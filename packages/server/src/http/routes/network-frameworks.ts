import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZAdoptNetworkFramework, ZPublishNetworkFramework } from "@ricochet/domain";
import { adoptNetworkFramework } from "../../services/network-frameworks/adopt-network-framework.ts";
import { listNetworkFrameworks } from "../../services/network-frameworks/list-network-frameworks.ts";
import { publishNetworkFramework } from "../../services/network-frameworks/publish-network-framework.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { json, ZEvaluationParams } from "../route-params.ts";
import {
  ZAdoptionResult,
  ZNetworkFramework,
  ZPublishedNetworkFramework,
} from "../schemas/network-framework-schemas.ts";
import { ZOrgIdParam } from "../schemas.ts";

const tags = ["Network frameworks"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/framework";

export function registerNetworkFrameworkRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/network-frameworks",
      tags,
      security: cookieSecurity,
      summary:
        "Network frameworks to adopt (from the organisation's networks) and those it published, with adoption counts / référentiels de réseau",
      request: { params: ZOrgIdParam },
      responses: {
        200: json(z.array(ZNetworkFramework), "Network frameworks"),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await listNetworkFrameworks(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/publish`,
      tags,
      security: cookieSecurity,
      summary:
        "Publish this evaluation's framework for the network's members, as a new network framework or its next version / publier le référentiel pour les membres",
      request: { params: ZEvaluationParams, body: jsonBody(ZPublishNetworkFramework) },
      responses: {
        201: json(ZPublishedNetworkFramework, "Published version"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await publishNetworkFramework(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/adopt`,
      tags,
      security: cookieSecurity,
      summary:
        "Adopt a network framework in this evaluation, or update it to the newest version / adopter le référentiel du réseau ou le mettre à jour",
      request: { params: ZEvaluationParams, body: jsonBody(ZAdoptNetworkFramework) },
      responses: {
        200: json(ZAdoptionResult, "Framework after the adoption, and what changed"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await adoptNetworkFramework(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        200,
      );
    },
  );
}
