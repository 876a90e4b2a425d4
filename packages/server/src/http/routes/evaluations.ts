import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { EVALUATION_STEPS, ZCreateEvaluation, ZEvaluationScope, ZUpdateStep } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { json, ZEvaluationParams } from "../route-params.ts";
import { ZEvaluationDetail, ZEvaluationSummary } from "../schemas/evaluation-schemas.ts";
import { ZOrgIdParam } from "../schemas.ts";

const tags = ["Evaluations"];

export function registerEvaluationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/evaluations",
      tags,
      security: cookieSecurity,
      summary: "Evaluations of an organisation with their progress / évaluations et avancement",
      request: { params: ZOrgIdParam },
      responses: { 200: json(z.array(ZEvaluationSummary), "Evaluations"), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json(await services.listEvaluations(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/evaluations",
      tags,
      security: cookieSecurity,
      summary: "Start an evaluation / démarrer une évaluation",
      request: { params: ZOrgIdParam, body: jsonBody(ZCreateEvaluation) },
      responses: { 201: json(ZEvaluationDetail, "Created"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await services.createEvaluation(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json"),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/evaluations/{evaluationId}",
      tags,
      security: cookieSecurity,
      summary: "An evaluation: scope, questions, steps / une évaluation",
      request: { params: ZEvaluationParams },
      responses: { 200: json(ZEvaluationDetail, "Evaluation"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.getEvaluation(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organisations/{orgId}/evaluations/{evaluationId}",
      tags,
      security: cookieSecurity,
      summary: "Update the scope (step 1) / cadrer l'évaluation",
      request: { params: ZEvaluationParams, body: jsonBody(ZEvaluationScope) },
      responses: { 200: json(ZEvaluationDetail, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.updateEvaluationScope(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/organisations/{orgId}/evaluations/{evaluationId}",
      tags,
      security: cookieSecurity,
      summary: "Delete an evaluation and all it holds / supprimer une évaluation",
      request: { params: ZEvaluationParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      await services.deleteEvaluation(serviceContext(c, deps), orgId, evaluationId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organisations/{orgId}/evaluations/{evaluationId}/steps/{step}",
      tags,
      security: cookieSecurity,
      summary: "Tick a step's checklist, mark it done or reopen it / avancer ou rouvrir une étape",
      request: {
        params: ZEvaluationParams.extend({
          step: z.enum(EVALUATION_STEPS).openapi({ param: { name: "step", in: "path" } }),
        }),
        body: jsonBody(ZUpdateStep),
      },
      responses: { 200: json(ZEvaluationDetail, "Updated"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, step } = c.req.valid("param");
      return c.json(
        await services.updateEvaluationStep(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          step,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );
}
