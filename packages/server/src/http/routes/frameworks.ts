import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ZCriterionInput, ZFrameworkIndicatorInput, ZFrameworkIndicatorUpdate } from "@ricochet/domain";
import { addCriterion } from "../../services/frameworks/add-criterion.ts";
import { addFrameworkIndicator } from "../../services/frameworks/add-framework-indicator.ts";
import { deleteCriterion } from "../../services/frameworks/delete-criterion.ts";
import { getFramework } from "../../services/frameworks/get-framework.ts";
import { removeFrameworkIndicator } from "../../services/frameworks/remove-framework-indicator.ts";
import { updateCriterion } from "../../services/frameworks/update-criterion.ts";
import { updateFrameworkIndicator } from "../../services/frameworks/update-framework-indicator.ts";
import { upgradeFrameworkIndicator } from "../../services/frameworks/upgrade-framework-indicator.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import { ZFramework } from "../schemas/framework-schemas.ts";

const tags = ["Framework"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}/framework";
const ZCriterionParams = ZEvaluationParams.extend({ criterionId: idParam("criterionId") });
const ZFrameworkIndicatorParams = ZEvaluationParams.extend({
  frameworkIndicatorId: idParam("frameworkIndicatorId"),
});
const changed = json(ZFramework, "Framework after the change");

export function registerFrameworkRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      security: cookieSecurity,
      summary:
        "Questions → criteria → indicators, with coverage of the theory of change / référentiel d'évaluation",
      request: { params: ZEvaluationParams },
      responses: { 200: json(ZFramework, "Framework"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await getFramework(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/criteria`,
      tags,
      security: cookieSecurity,
      summary: "Add a criterion under an evaluative question / ajouter un critère à une question",
      request: { params: ZEvaluationParams, body: jsonBody(ZCriterionInput) },
      responses: { 201: changed, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await addCriterion(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/criteria/{criterionId}`,
      tags,
      security: cookieSecurity,
      summary: "Rename, retype or move a criterion / modifier un critère",
      request: { params: ZCriterionParams, body: jsonBody(ZCriterionInput) },
      responses: { 200: changed, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, criterionId } = c.req.valid("param");
      return c.json(
        await updateCriterion(serviceContext(c, deps), orgId, evaluationId, criterionId, c.req.valid("json")),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/criteria/{criterionId}`,
      tags,
      security: cookieSecurity,
      summary:
        "Delete a criterion; its indicators stay in the framework, unplaced / supprimer un critère (ses indicateurs restent)",
      request: { params: ZCriterionParams },
      responses: { 200: changed, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, criterionId } = c.req.valid("param");
      return c.json(await deleteCriterion(serviceContext(c, deps), orgId, evaluationId, criterionId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/indicators`,
      tags,
      security: cookieSecurity,
      summary:
        "Add a library indicator, pinning its current version / ajouter un indicateur de la bibliothèque au référentiel",
      request: { params: ZEvaluationParams, body: jsonBody(ZFrameworkIndicatorInput) },
      responses: { 201: changed, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(
        await addFrameworkIndicator(serviceContext(c, deps), orgId, evaluationId, c.req.valid("json")),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: `${base}/indicators/{frameworkIndicatorId}`,
      tags,
      security: cookieSecurity,
      summary:
        "Place an indicator, set its baseline, target and measured outcomes / situation de départ, cible et effets mesurés",
      request: { params: ZFrameworkIndicatorParams, body: jsonBody(ZFrameworkIndicatorUpdate) },
      responses: { 200: changed, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, frameworkIndicatorId } = c.req.valid("param");
      return c.json(
        await updateFrameworkIndicator(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          frameworkIndicatorId,
          c.req.valid("json"),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: `${base}/indicators/{frameworkIndicatorId}`,
      tags,
      security: cookieSecurity,
      summary: "Take an indicator out of the framework / retirer un indicateur du référentiel",
      request: { params: ZFrameworkIndicatorParams },
      responses: { 200: changed, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId, frameworkIndicatorId } = c.req.valid("param");
      return c.json(
        await removeFrameworkIndicator(serviceContext(c, deps), orgId, evaluationId, frameworkIndicatorId),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: `${base}/indicators/{frameworkIndicatorId}/upgrade`,
      tags,
      security: cookieSecurity,
      summary: "Move to the definition's newest version / passer à la dernière version de la définition",
      request: { params: ZFrameworkIndicatorParams },
      responses: { 200: changed, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { orgId, evaluationId, frameworkIndicatorId } = c.req.valid("param");
      return c.json(
        await upgradeFrameworkIndicator(serviceContext(c, deps), orgId, evaluationId, frameworkIndicatorId),
        200,
      );
    },
  );
}
