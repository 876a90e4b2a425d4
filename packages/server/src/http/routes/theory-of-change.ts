import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { TOC_TEMPLATES, ZApplyTocTemplate, ZSaveTheoryOfChange, ZSaveTocVersion } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import {
  ZTheoryOfChange,
  ZTocDiff,
  ZTocGraphOut,
  ZTocTemplateSummary,
  ZTocVersion,
} from "../schemas/toc-schemas.ts";

const tags = ["Theory of change"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change";

export function registerTheoryOfChangeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/toc-templates",
      tags,
      summary: "Ready-made theories of change to start from / modèles de théorie du changement",
      responses: { 200: json(z.array(ZTocTemplateSummary), "Templates") },
    }),
    (c) =>
      c.json(
        TOC_TEMPLATES.map((t) => ({
          key: t.key,
          sector: t.sector,
          name: t.name,
          description: t.description,
          nodes: t.nodes.length,
          edges: t.edges.length,
        })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "The working graph and its revision / la théorie du changement",
      request: { params: ZEvaluationParams },
      responses: { 200: json(ZTheoryOfChange, "Theory of change"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.getTheoryOfChange(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Save the whole graph, checked first; refused from a stale revision / enregistrer",
      request: { params: ZEvaluationParams, body: jsonBody(ZSaveTheoryOfChange) },
      responses: { 200: json(ZTheoryOfChange, "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.saveTheoryOfChange(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/template`,
      tags,
      security: cookieSecurity,
      summary: "Start from a template / partir d'un modèle",
      request: { params: ZEvaluationParams, body: jsonBody(ZApplyTocTemplate) },
      responses: {
        200: json(
          ZTheoryOfChange.extend({ suggestedIndicators: z.record(z.string(), z.array(z.string())) }),
          "Applied",
        ),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.applyTocTemplate(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/versions`,
      tags,
      security: cookieSecurity,
      summary: "Saved versions / versions enregistrées",
      request: { params: ZEvaluationParams },
      responses: { 200: json(z.array(ZTocVersion), "Versions"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.listTocVersions(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/versions`,
      tags,
      security: cookieSecurity,
      summary: "Save the working graph as a version / enregistrer une version",
      request: { params: ZEvaluationParams, body: jsonBody(ZSaveTocVersion) },
      responses: { 201: json(ZTocVersion, "Saved"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.saveTocVersion(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/versions/{versionId}`,
      tags,
      security: cookieSecurity,
      summary: "A saved version's graph / le graphe d'une version",
      request: { params: ZEvaluationParams.extend({ versionId: idParam("versionId") }) },
      responses: {
        200: json(z.object({ graph: ZTocGraphOut, label: z.string() }), "Version"),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, versionId } = c.req.valid("param");
      return c.json(
        await services.getTocVersionGraph(serviceContext(c, deps), orgId, evaluationId, versionId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/diff`,
      tags,
      security: cookieSecurity,
      summary: 'What changed between two versions ("current" = working graph) / comparer deux versions',
      request: {
        params: ZEvaluationParams,
        query: z.object({
          from: z.string().min(1).max(64),
          to: z.string().min(1).max(64).default("current"),
        }),
      },
      responses: { 200: json(ZTocDiff, "Differences"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      const { from, to } = c.req.valid("query");
      return c.json(
        await services.diffTocVersions(serviceContext(c, deps), orgId, evaluationId, from, to),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/export`,
      tags,
      security: cookieSecurity,
      summary: "Export as SVG (for reports) or JSON / exporter en SVG ou JSON",
      request: {
        params: ZEvaluationParams,
        query: z.object({
          format: z.enum(["svg", "json"]).default("svg"),
          version: z.string().min(1).max(64).default("current"),
        }),
      },
      responses: {
        200: {
          description: "The file",
          content: { "image/svg+xml": { schema: z.string() }, "application/json": { schema: z.string() } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      const { format, version } = c.req.valid("query");
      const file = await services.exportTheoryOfChange(serviceContext(c, deps), orgId, evaluationId, {
        format,
        version,
        locale: c.get("locale"),
      });
      return c.body(file.body, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    },
  );
}
