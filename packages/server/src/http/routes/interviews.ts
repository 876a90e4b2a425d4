import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZInterviewGuideInput, ZInterviewInput } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import { ZInterview, ZInterviewGuide } from "../schemas/collection-schemas.ts";

const tags = ["Interviews"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}";
const ZGuideParams = ZEvaluationParams.extend({ guideId: idParam("guideId") });
const ZInterviewParams = ZEvaluationParams.extend({ interviewId: idParam("interviewId") });

export function registerInterviewRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/interview-guides`,
      tags,
      security: cookieSecurity,
      summary: "Interview guides / guides d'entretien",
      request: { params: ZEvaluationParams },
      responses: { 200: json(z.array(ZInterviewGuide), "Guides"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.listInterviewGuides(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/interview-guides`,
      tags,
      security: cookieSecurity,
      summary: "Create an interview guide / créer un guide",
      request: { params: ZEvaluationParams, body: jsonBody(ZInterviewGuideInput) },
      responses: { 201: json(ZInterviewGuide, "Created"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.saveInterviewGuide(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          null,
          c.req.valid("json"),
        ),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/interview-guides/{guideId}`,
      tags,
      security: cookieSecurity,
      summary: "Replace an interview guide / modifier un guide",
      request: { params: ZGuideParams, body: jsonBody(ZInterviewGuideInput) },
      responses: { 200: json(ZInterviewGuide, "Saved"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, guideId } = c.req.valid("param");
      return c.json(
        await services.saveInterviewGuide(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          guideId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/interview-guides/{guideId}`,
      tags,
      security: cookieSecurity,
      summary: "Delete an interview guide (interviews keep their content) / supprimer un guide",
      request: { params: ZGuideParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, guideId } = c.req.valid("param");
      await services.deleteInterviewGuide(serviceContext(c, deps), orgId, evaluationId, guideId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/interviews`,
      tags,
      security: cookieSecurity,
      summary: "Interviews held, with their transcripts / entretiens",
      request: { params: ZEvaluationParams },
      responses: { 200: json(z.array(ZInterview), "Interviews"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      c.header("Cache-Control", "no-store");
      return c.json(await services.listInterviews(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/interviews`,
      tags,
      security: cookieSecurity,
      summary: "Record an interview / enregistrer un entretien",
      request: { params: ZEvaluationParams, body: jsonBody(ZInterviewInput) },
      responses: { 201: json(ZInterview, "Recorded"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      // Transcripts are personal data: never kept by the idempotency store nor any cache.
      c.header("Cache-Control", "no-store");
      return c.json(
        await services.saveInterview(serviceContext(c, deps), orgId, evaluationId, null, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/interviews/{interviewId}`,
      tags,
      security: cookieSecurity,
      summary: "One interview / un entretien",
      request: { params: ZInterviewParams },
      responses: { 200: json(ZInterview, "Interview"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, interviewId } = c.req.valid("param");
      c.header("Cache-Control", "no-store");
      return c.json(
        await services.getInterview(serviceContext(c, deps), orgId, evaluationId, interviewId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/interviews/{interviewId}`,
      tags,
      security: cookieSecurity,
      summary: "Replace an interview's record / modifier un entretien",
      request: { params: ZInterviewParams, body: jsonBody(ZInterviewInput) },
      responses: { 200: json(ZInterview, "Saved"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, interviewId } = c.req.valid("param");
      // Transcripts are personal data: never kept by the idempotency store nor any cache.
      c.header("Cache-Control", "no-store");
      return c.json(
        await services.saveInterview(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          interviewId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/interviews/{interviewId}`,
      tags,
      security: cookieSecurity,
      summary: "Delete an interview / supprimer un entretien",
      request: { params: ZInterviewParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, interviewId } = c.req.valid("param");
      await services.deleteInterview(serviceContext(c, deps), orgId, evaluationId, interviewId);
      return c.body(null, 204);
    },
  );
}
