import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCreateQuestionnaire, ZImportXlsform, ZSaveQuestionnaireDraft } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import {
  ZQuestionnaireDetail,
  ZQuestionnaireSummary,
  ZXlsformImport,
} from "../schemas/collection-schemas.ts";

const tags = ["Questionnaires"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires";
const ZQuestionnaireParams = ZEvaluationParams.extend({ questionnaireId: idParam("questionnaireId") });

export function registerQuestionnaireRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Questionnaires of the evaluation / questionnaires de l'évaluation",
      request: { params: ZEvaluationParams },
      responses: {
        200: json(z.array(ZQuestionnaireSummary), "Questionnaires"),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.listQuestionnaires(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      security: cookieSecurity,
      summary: "Create a questionnaire (empty, or from a definition) / créer un questionnaire",
      request: { params: ZEvaluationParams, body: jsonBody(ZCreateQuestionnaire) },
      responses: { 201: json(ZQuestionnaireDetail, "Created"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.createQuestionnaire(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/import/xlsform`,
      tags,
      security: cookieSecurity,
      summary:
        "Import an XLSForm (.xlsx, base64) as a new questionnaire; what cannot be kept is listed / importer un XLSForm",
      request: { params: ZEvaluationParams, body: jsonBody(ZImportXlsform) },
      responses: {
        201: json(ZXlsformImport, "Imported"),
        ...errorResponses(400, 401, 403, 404),
        422: { description: "The file cannot be read or has errors, each with its sheet and row" },
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await services.importXlsform(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{questionnaireId}/export/xlsform`,
      tags,
      security: cookieSecurity,
      summary: "The draft or a published version as an XLSForm workbook / exporter en XLSForm",
      request: {
        params: ZQuestionnaireParams,
        query: z.object({ version: z.coerce.number().int().min(1).optional() }),
      },
      responses: {
        200: {
          description: "XLSForm workbook",
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string() },
          },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId, questionnaireId } = c.req.valid("param");
      const file = await services.exportXlsform(
        serviceContext(c, deps),
        orgId,
        evaluationId,
        questionnaireId,
        c.req.valid("query").version ?? null,
      );
      return c.body(file.body as never, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/{questionnaireId}`,
      tags,
      security: cookieSecurity,
      summary: "The draft, its problems and its published versions / brouillon et versions",
      request: { params: ZQuestionnaireParams },
      responses: { 200: json(ZQuestionnaireDetail, "Questionnaire"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, questionnaireId } = c.req.valid("param");
      return c.json(
        await services.getQuestionnaire(serviceContext(c, deps), orgId, evaluationId, questionnaireId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/{questionnaireId}/draft`,
      tags,
      security: cookieSecurity,
      summary: "Save the whole draft; refused from a stale revision / enregistrer le brouillon",
      request: { params: ZQuestionnaireParams, body: jsonBody(ZSaveQuestionnaireDraft) },
      responses: { 200: json(ZQuestionnaireDetail, "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, questionnaireId } = c.req.valid("param");
      return c.json(
        await services.saveQuestionnaireDraft(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          questionnaireId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/{questionnaireId}/publish`,
      tags,
      security: cookieSecurity,
      summary:
        "Freeze the draft as the next version, refused with every problem if any / publier une version",
      request: { params: ZQuestionnaireParams },
      responses: { 200: json(ZQuestionnaireDetail, "Published"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, questionnaireId } = c.req.valid("param");
      return c.json(
        await services.publishQuestionnaire(serviceContext(c, deps), orgId, evaluationId, questionnaireId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/{questionnaireId}`,
      tags,
      security: cookieSecurity,
      summary: "Delete a questionnaire no campaign uses / supprimer",
      request: { params: ZQuestionnaireParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, questionnaireId } = c.req.valid("param");
      await services.deleteQuestionnaire(serviceContext(c, deps), orgId, evaluationId, questionnaireId);
      return c.body(null, 204);
    },
  );
}
