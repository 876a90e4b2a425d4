import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZGenerateRespondentCodes } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import { ZRespondentCodeView, ZRespondentData } from "../schemas/collection-schemas.ts";

const tags = ["Respondents"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}";
const ZCodeParams = ZEvaluationParams.extend({ code: idParam("code") });

export function registerRespondentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/respondent-codes`,
      tags,
      security: cookieSecurity,
      summary: "The panel's pseudonymous codes and how often each was used / codes de répondants",
      request: { params: ZEvaluationParams },
      responses: { 200: json(z.array(ZRespondentCodeView), "Codes"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.listRespondentCodes(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/respondent-codes`,
      tags,
      security: cookieSecurity,
      summary: "Generate a batch of codes to print and hand out / générer des codes",
      request: { params: ZEvaluationParams, body: jsonBody(ZGenerateRespondentCodes) },
      responses: {
        201: json(z.object({ batch: z.number().int(), codes: z.array(z.string()) }), "Generated"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.generateRespondentCodes(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          c.req.valid("json"),
        ),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/respondents/{code}`,
      tags,
      security: cookieSecurity,
      summary: "Everything held under one respondent code (GDPR access; recorded) / données d'un répondant",
      request: {
        params: ZCodeParams,
        query: z.object({ download: z.enum(["true", "false"]).default("false") }),
      },
      responses: { 200: json(ZRespondentData, "Data"), ...errorResponses(401, 403, 404, 422) },
    }),
    async (c) => {
      const { orgId, evaluationId, code } = c.req.valid("param");
      const download = c.req.valid("query").download === "true";
      const data = await services.getRespondentData(
        serviceContext(c, deps),
        orgId,
        evaluationId,
        code,
        download ? "export" : "view",
      );
      c.header("Cache-Control", "no-store");
      if (download) c.header("content-disposition", `attachment; filename="repondant-${data.code}.json"`);
      return c.json(data, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/respondents/{code}`,
      tags,
      security: cookieSecurity,
      summary: "Erase everything held under one code for good (GDPR erasure; recorded) / effacer",
      request: { params: ZCodeParams },
      responses: {
        200: json(
          z.object({ code: z.string(), submissions: z.number().int(), interviews: z.number().int() }),
          "Erased",
        ),
        ...errorResponses(401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, code } = c.req.valid("param");
      return c.json(await services.eraseRespondent(serviceContext(c, deps), orgId, evaluationId, code), 200);
    },
  );
}
