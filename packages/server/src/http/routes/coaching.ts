import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { EVALUATION_STEPS, STEP_STATUSES } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, serviceContext } from "../route-helpers.ts";
import { idParam, json } from "../route-params.ts";
import { ZOrgIdParam } from "../schemas.ts";

const tags = ["Coaching"];

const ZCohortStructure = z
  .object({
    organisationId: z.string(),
    name: z.string(),
    territory: z.string().nullable(),
    cohort: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    evaluations: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        currentStep: z.enum(EVALUATION_STEPS),
        doneCount: z.number().int(),
        steps: z.array(z.object({ step: z.enum(EVALUATION_STEPS), status: z.enum(STEP_STATUSES) })),
        updatedAt: z.string(),
        deliverables: z.object({
          theoryOfChange: z.object({
            nodes: z.number().int(),
            edges: z.number().int(),
            versions: z.number().int(),
            updatedAt: z.string().nullable(),
          }),
          framework: z.object({ indicators: z.number().int(), outcomesWithoutIndicator: z.number().int() }),
        }),
      }),
    ),
  })
  .openapi("CohortStructure");

export function registerCoachingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/cohort",
      tags,
      security: cookieSecurity,
      summary: "Progress of the cohort's evaluations (consenting structures only) / suivi de la cohorte",
      request: { params: ZOrgIdParam },
      responses: { 200: json(z.array(ZCohortStructure), "Cohort"), ...errorResponses(401, 403, 404) },
    }),
    async (c) =>
      c.json(await services.listCohortProgress(serviceContext(c, deps), c.req.valid("param").orgId), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/cohort/{structureId}/evaluations/{evaluationId}/theory-of-change.svg",
      tags,
      security: cookieSecurity,
      summary: "A cohort member's theory of change picture / schéma d'une structure accompagnée",
      request: {
        params: ZOrgIdParam.extend({
          structureId: idParam("structureId"),
          evaluationId: idParam("evaluationId"),
        }),
      },
      responses: {
        200: { description: "SVG", content: { "image/svg+xml": { schema: z.string() } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, structureId, evaluationId } = c.req.valid("param");
      const svg = await services.getCohortTheoryOfChangeSvg(
        serviceContext(c, deps),
        orgId,
        structureId,
        evaluationId,
        c.get("locale"),
      );
      return c.body(svg, 200, { "content-type": "image/svg+xml; charset=utf-8" });
    },
  );
}
