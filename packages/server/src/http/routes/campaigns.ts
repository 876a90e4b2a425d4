import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateCampaign, ZSubmissionInput, ZUpdateCampaign } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import { ZCampaign, ZCompiledQuestionnaire, ZRecordedSubmission } from "../schemas/collection-schemas.ts";

const tags = ["Campaigns"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/campaigns";
export const ZCampaignParams = ZEvaluationParams.extend({ campaignId: idParam("campaignId") });

export function registerCampaignRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Campaigns of the evaluation with their answer counts / campagnes",
      request: { params: ZEvaluationParams },
      responses: { 200: json(z.array(ZCampaign), "Campaigns"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.listCampaigns(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Create a campaign on a published questionnaire version / créer une campagne",
      request: { params: ZEvaluationParams, body: jsonBody(ZCreateCampaign) },
      responses: { 201: json(ZCampaign, "Created"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.createCampaign(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{campaignId}`,
      tags,
      security: cookieSecurity,
      summary: "One campaign / une campagne",
      request: { params: ZCampaignParams },
      responses: { 200: json(ZCampaign, "Campaign"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      return c.json(
        await services.getCampaign(serviceContext(c, deps), orgId, evaluationId, campaignId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{campaignId}/questionnaire`,
      tags,
      security: cookieSecurity,
      summary: "The compiled questionnaire version the campaign sends / le questionnaire de la campagne",
      request: { params: ZCampaignParams },
      responses: {
        200: json(
          z.object({
            version: z.object({ id: z.string(), number: z.number().int(), contentHash: z.string() }),
            questionnaire: ZCompiledQuestionnaire,
          }),
          "Compiled questionnaire",
        ),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      return c.json(
        await services.getCampaignQuestionnaire(serviceContext(c, deps), orgId, evaluationId, campaignId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: `${base}/{campaignId}`,
      tags,
      security: cookieSecurity,
      summary: "Change settings, open or close / modifier, ouvrir, clore",
      request: { params: ZCampaignParams, body: jsonBody(ZUpdateCampaign) },
      responses: { 200: json(ZCampaign, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      return c.json(
        await services.updateCampaign(
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
      method: "delete",
      path: `${base}/{campaignId}`,
      tags,
      security: cookieSecurity,
      summary: "Delete a campaign without answers / supprimer une campagne sans réponse",
      request: { params: ZCampaignParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      await services.deleteCampaign(serviceContext(c, deps), orgId, evaluationId, campaignId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{campaignId}/submissions`,
      tags,
      security: cookieSecurity,
      summary: "Staff entry of one answered questionnaire, stored once per idempotency key / saisie",
      request: { params: ZCampaignParams, body: jsonBody(ZSubmissionInput) },
      responses: {
        201: json(ZRecordedSubmission, "Stored"),
        200: json(ZRecordedSubmission, "Already stored with this key"),
        ...errorResponses(400, 401, 403, 404, 409),
        422: { description: "Answers refused, one entry per question" },
      },
    }),
    async (c) => {
      const { orgId, evaluationId, campaignId } = c.req.valid("param");
      const result = await services.submitStaffAnswers(
        serviceContext(c, deps),
        orgId,
        evaluationId,
        campaignId,
        c.req.valid("json"),
      );
      return c.json(result, result.duplicate ? 200 : 201);
    },
  );
}
