import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateIndicator, ZIndicatorSearch, ZUpdateIndicator } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import { ZImportIndicators } from "../../services/indicators/import-indicators.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json } from "../route-params.ts";
import { ZImportReport, ZIndicator, ZIndicatorDetail } from "../schemas/indicator-schemas.ts";
import { ZOrgIdParam } from "../schemas.ts";

const tags = ["Indicator library"];
const base = "/organisations/{orgId}/indicators";
const ZIndicatorParams = ZOrgIdParam.extend({ indicatorId: idParam("indicatorId") });

export function registerIndicatorRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      security: cookieSecurity,
      summary:
        "Search the library this organisation sees (French full text, filters) / bibliothèque d'indicateurs",
      request: { params: ZOrgIdParam, query: ZIndicatorSearch },
      responses: { 200: json(z.array(ZIndicator), "Indicators"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await services.searchIndicators(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("query"),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Add a definition, private or shared with the network / créer un indicateur",
      request: { params: ZOrgIdParam, body: jsonBody(ZCreateIndicator) },
      responses: { 201: json(ZIndicator, "Created"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await services.createIndicator(
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
      path: `${base}/import`,
      tags,
      security: cookieSecurity,
      summary: "Import definitions from CSV or JSON, all or nothing, with a row-by-row report / importer",
      request: { params: ZOrgIdParam, body: jsonBody(ZImportIndicators) },
      responses: {
        200: json(ZImportReport, "Imported (or checked, with dryRun)"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await services.importIndicators(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json"),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/export`,
      tags,
      security: cookieSecurity,
      summary: "Export the library as CSV or JSON / exporter la bibliothèque",
      request: {
        params: ZOrgIdParam,
        query: z.object({
          format: z.enum(["csv", "json"]).default("csv"),
          all: z
            .enum(["true", "false"])
            .default("false")
            .transform((v) => v === "true"),
        }),
      },
      responses: {
        200: {
          description: "The file",
          content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.string() } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { format, all } = c.req.valid("query");
      const file = await services.exportIndicators(serviceContext(c, deps), c.req.valid("param").orgId, {
        format,
        all,
      });
      return c.body(file.body, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{indicatorId}`,
      tags,
      security: cookieSecurity,
      summary: "A definition with its versions and usage / un indicateur",
      request: { params: ZIndicatorParams },
      responses: { 200: json(ZIndicatorDetail, "Indicator"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, indicatorId } = c.req.valid("param");
      return c.json(await services.getIndicator(serviceContext(c, deps), orgId, indicatorId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/{indicatorId}`,
      tags,
      security: cookieSecurity,
      summary: "Change a definition (a new version once it is used) / modifier un indicateur",
      request: { params: ZIndicatorParams, body: jsonBody(ZUpdateIndicator) },
      responses: {
        200: json(ZIndicator.extend({ newVersion: z.boolean() }), "Updated"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { orgId, indicatorId } = c.req.valid("param");
      return c.json(
        await services.updateIndicator(serviceContext(c, deps), orgId, indicatorId, c.req.valid("json")),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{indicatorId}`,
      tags,
      security: cookieSecurity,
      summary: "Delete an unused definition / supprimer un indicateur",
      request: { params: ZIndicatorParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, indicatorId } = c.req.valid("param");
      await services.deleteIndicator(serviceContext(c, deps), orgId, indicatorId);
      return c.body(null, 204);
    },
  );
}
