import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ZActivityInput, ZContributionInput, ZStakeholderInput } from "@ricochet/domain";
import type { z } from "zod";
import * as services from "../../services/index.ts";
import type { ValueChainItemKind } from "../../services/value-chain/delete-value-chain-item.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { idParam, json, ZEvaluationParams } from "../route-params.ts";
import { ZValueChain } from "../schemas/evaluation-schemas.ts";

const tags = ["Stakeholders and value chain"];
const base = "/organisations/{orgId}/evaluations/{evaluationId}";

interface ItemRoutes {
  kind: ValueChainItemKind;
  segment: string;
  param: string;
  body: z.ZodType;
  label: string;
  save: (
    ctx: services.ServiceContext,
    orgId: string,
    evaluationId: string,
    body: never,
    itemId?: string,
  ) => Promise<unknown>;
}

const ITEMS: ItemRoutes[] = [
  {
    kind: "stakeholder",
    segment: "stakeholders",
    param: "stakeholderId",
    body: ZStakeholderInput,
    label: "a stakeholder / une partie prenante",
    save: services.saveStakeholder,
  },
  {
    kind: "activity",
    segment: "activities",
    param: "activityId",
    body: ZActivityInput,
    label: "an activity / une activité",
    save: services.saveActivity,
  },
  {
    kind: "contribution",
    segment: "contributions",
    param: "contributionId",
    body: ZContributionInput,
    label: "a contribution to an activity / un apport à une activité",
    save: services.saveContribution,
  },
];

export function registerValueChainRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: `${base}/value-chain`,
      tags,
      security: cookieSecurity,
      summary: "Stakeholders, activities, contributions, matrix and totals / chaîne de valeur élargie",
      request: { params: ZEvaluationParams },
      responses: { 200: json(ZValueChain, "Value chain"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      return c.json(await services.getValueChain(serviceContext(c, deps), orgId, evaluationId), 200);
    },
  );

  for (const item of ITEMS) {
    const itemParams = ZEvaluationParams.extend({ [item.param]: idParam(item.param) });
    const itemPath = `${base}/${item.segment}/{${item.param}}`;
    app.openapi(
      createRoute({
        method: "post",
        path: `${base}/${item.segment}`,
        tags,
        security: cookieSecurity,
        summary: `Add ${item.label}`,
        request: { params: ZEvaluationParams, body: jsonBody(item.body) },
        responses: {
          201: json(ZValueChain, "Value chain after the change"),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      }),
      async (c) => {
        const { orgId, evaluationId } = c.req.valid("param");
        const chain = await item.save(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          c.req.valid("json") as never,
        );
        return c.json(chain as z.infer<typeof ZValueChain>, 201);
      },
    );
    app.openapi(
      createRoute({
        method: "put",
        path: itemPath,
        tags,
        security: cookieSecurity,
        summary: `Update ${item.label}`,
        request: { params: itemParams, body: jsonBody(item.body) },
        responses: {
          200: json(ZValueChain, "Value chain after the change"),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      }),
      async (c) => {
        const params = c.req.valid("param") as Record<string, string>;
        const [orgId = "", evaluationId = "", itemId = ""] = [
          params.orgId,
          params.evaluationId,
          params[item.param],
        ];
        const chain = await item.save(
          serviceContext(c, deps),
          orgId,
          evaluationId,
          c.req.valid("json") as never,
          itemId,
        );
        return c.json(chain as z.infer<typeof ZValueChain>, 200);
      },
    );
    app.openapi(
      createRoute({
        method: "delete",
        path: itemPath,
        tags,
        security: cookieSecurity,
        summary: `Delete ${item.label}`,
        request: { params: itemParams },
        responses: {
          200: json(ZValueChain, "Value chain after the change"),
          ...errorResponses(401, 403, 404),
        },
      }),
      async (c) => {
        const params = c.req.valid("param") as Record<string, string>;
        const [orgId = "", evaluationId = "", itemId = ""] = [
          params.orgId,
          params.evaluationId,
          params[item.param],
        ];
        return c.json(
          await services.deleteValueChainItem(
            serviceContext(c, deps),
            orgId,
            evaluationId,
            item.kind,
            itemId,
          ),
          200,
        );
      },
    );
  }
}
