import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCorrectSubmission, ZPaperImport } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json } from "../route-params.ts";
import {
  ZCampaignFollowUp,
  ZPaperImportReport,
  ZSubmissionDetail,
  ZSubmissionPage,
} from "../schemas/collection-schemas.ts";
import { ZCampaignParams } from "./campaigns.ts";

const tags = ["Submissions"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}";
const ZSubmissionParams = ZCampaignParams.extend({ submissionId: idParam("submissionId") });

const ids = (p: { orgId: string; evaluationId: string; campaignId: string; submissionId: string }) => ({
  organisationId: p.orgId,
  evaluationId: p.evaluationId,
  campaignId: p.campaignId,
  submissionId: p.submissionId,
});

export function registerSubmissionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/follow-up`,
      tags: ["Campaigns"],
      security: cookieSecurity,
      summary: "Answers over time against the target, by source and language, drop-out by page / suivi",
      request: { params: ZCampaignParams },
      responses: { 200: json(ZCampaignFollowUp, "Follow-up"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      return c.json(
        await services.getCampaignFollowUp(serviceContext(c, deps), orgId, evaluationId, campaignId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/qr.svg`,
      tags: ["Campaigns"],
      security: cookieSecurity,
      summary: "The public link as an SVG QR code / QR code du lien public",
      request: { params: ZCampaignParams },
      responses: {
        200: { description: "SVG picture", content: { "image/svg+xml": { schema: z.string() } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      const svg = await services.campaignQrCode(serviceContext(c, deps), orgId, evaluationId, campaignId);
      return c.body(svg, 200, { "content-type": "image/svg+xml; charset=utf-8" });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/submissions`,
      tags,
      security: cookieSecurity,
      summary: "Browse the answers, newest first, filtered / parcourir les réponses",
      request: {
        params: ZCampaignParams,
        query: z.object({
          code: z.string().max(40).optional(),
          source: z.enum(["web", "staff", "import"]).optional(),
          deleted: z.enum(["exclude", "include", "only"]).default("exclude"),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
      },
      responses: { 200: json(ZSubmissionPage, "Submissions"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      c.header("Cache-Control", "no-store");
      return c.json(
        await services.listSubmissions(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          campaignId,
          c.req.valid("query"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/submissions/export`,
      tags,
      security: cookieSecurity,
      summary: "Export the answers as CSV or XLSX, with codes or labels / exporter les réponses",
      request: {
        params: ZCampaignParams,
        query: z.object({
          format: z.enum(["csv", "xlsx"]).default("xlsx"),
          labels: z
            .enum(["true", "false"])
            .default("true")
            .transform((v) => v === "true"),
        }),
      },
      responses: {
        200: {
          description: "The file",
          content: {
            "text/csv": { schema: z.string() },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() },
          },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      const file = await services.exportSubmissions(
        serviceContext(c, deps),
        orgId,
        evaluationId,
        campaignId,
        c.req.valid("query"),
      );
      return c.body(file.body as never, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/submissions/import`,
      tags,
      security: cookieSecurity,
      summary:
        "Import paper answers from CSV: every row checked, all or nothing / importer des réponses papier",
      request: { params: ZCampaignParams, body: jsonBody(ZPaperImport) },
      responses: {
        200: json(ZPaperImportReport, "Imported (or checked, for a dry run)"),
        ...errorResponses(400, 401, 403, 404, 409),
        422: { description: "Rows in error, each listed; nothing imported" },
      },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      return c.json(
        await services.importPaperSubmissions(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          campaignId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/submissions/{submissionId}`,
      tags,
      security: cookieSecurity,
      summary: "One submission with its corrections (the access is recorded) / une réponse",
      request: { params: ZSubmissionParams },
      responses: { 200: json(ZSubmissionDetail, "Submission"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await services.getSubmission(serviceContext(c, deps), ids(c.req.valid("param"))), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: `${base}/submissions/{submissionId}`,
      tags,
      security: cookieSecurity,
      summary: "Correct answers, keeping the old and new values / corriger une réponse",
      request: { params: ZSubmissionParams, body: jsonBody(ZCorrectSubmission) },
      responses: {
        200: json(ZSubmissionDetail, "Corrected"),
        ...errorResponses(400, 401, 403, 404, 409),
        422: { description: "The corrected answers break the questionnaire's rules" },
      },
    }),
    async (c) => {
      // Answers are personal data: never kept by the idempotency store nor any cache.
      c.header("Cache-Control", "no-store");
      return c.json(
        await services.correctSubmission(
          serviceContext(c, deps),
          ids(c.req.valid("param")),
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  for (const action of ["delete", "restore"] as const)
    app.openapi(
      createRoute({
        method: "post",
        path: `${base}/submissions/{submissionId}/${action}`,
        tags,
        security: cookieSecurity,
        summary:
          action === "delete"
            ? "Soft-delete: hidden from counts and results, restorable / mettre à la corbeille"
            : "Restore a deleted submission / restaurer",
        request: { params: ZSubmissionParams },
        responses: { 200: json(ZSubmissionDetail, "Done"), ...errorResponses(401, 403, 404) },
      }),
      async (c) => {
        c.header("Cache-Control", "no-store");
        return c.json(
          await services.setSubmissionDeleted(
            serviceContext(c, deps),
            ids(c.req.valid("param")),
            action === "delete",
          ),
          200,
        );
      },
    );
}
