import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateOrganisation, ZMoveOrganisation, ZUpdateOrganisation } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import {
  ZMyOrganisation,
  ZOrganisation,
  ZOrganisationTree,
  ZOrganisationWithAccess,
  ZOrgIdParam,
} from "../schemas.ts";

const tags = ["Organisations"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations",
      tags,
      security: cookieSecurity,
      summary: "Organisations I belong to / mes organisations",
      responses: { 200: json(z.array(ZMyOrganisation), "Memberships"), ...errorResponses(401) },
    }),
    async (c) => c.json(await services.listMyOrganisations(serviceContext(c, deps)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations",
      tags,
      security: cookieSecurity,
      summary: "Create an organisation, at the root or under one I administer / créer une organisation",
      request: { body: jsonBody(ZCreateOrganisation) },
      responses: { 201: json(ZOrganisation, "Created"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await services.createOrganisation(serviceContext(c, deps), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}",
      tags,
      security: cookieSecurity,
      summary: "One organisation with my access / une organisation",
      request: { params: ZOrgIdParam },
      responses: { 200: json(ZOrganisationWithAccess, "Organisation"), ...errorResponses(401, 404) },
    }),
    async (c) =>
      c.json(await services.getOrganisation(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organisations/{orgId}",
      tags,
      security: cookieSecurity,
      summary: "Edit name, kind, sector tags, territory / modifier une organisation",
      request: { params: ZOrgIdParam, body: jsonBody(ZUpdateOrganisation) },
      responses: { 200: json(ZOrganisation, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await services.updateOrganisation(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json"),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/move",
      tags,
      security: cookieSecurity,
      summary: "Move an organisation and its subtree / déplacer une organisation et sa descendance",
      request: { params: ZOrgIdParam, body: jsonBody(ZMoveOrganisation) },
      responses: { 200: json(ZOrganisation, "Moved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await services.moveOrganisation(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json").parentId,
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/tree",
      tags,
      security: cookieSecurity,
      summary: "The organisation, its ancestors and all its descendants / arborescence",
      request: { params: ZOrgIdParam },
      responses: { 200: json(ZOrganisationTree, "Tree"), ...errorResponses(401, 404) },
    }),
    async (c) =>
      c.json(await services.getOrganisationTree(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );
}
