import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZFormProgress, ZSubmissionInput } from "@ricochet/domain";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { errorResponses, jsonBody } from "../route-helpers.ts";
import { json } from "../route-params.ts";
import { ZPublicForm, ZRecordedSubmission } from "../schemas/collection-schemas.ts";

const tags = ["Public forms"];
const ZTokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "token", in: "path" }, description: "The campaign's public link secret" }),
});

/** What respondents reach without an account: the link's secret is the only credential. */
export function registerPublicFormRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/public/forms/{token}",
      tags,
      summary: "The form to answer, compiled, with its consent notice / le questionnaire à remplir",
      request: { params: ZTokenParam },
      responses: { 200: json(ZPublicForm, "Form"), ...errorResponses(404) },
    }),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await services.getPublicForm(deps.db, c.req.valid("param").token, new Date()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/public/forms/{token}/submissions",
      tags,
      summary:
        "Send one answered form; a retry with the same idempotency key is stored once / envoyer les réponses",
      request: { params: ZTokenParam, body: jsonBody(ZSubmissionInput) },
      responses: {
        201: json(ZRecordedSubmission, "Stored"),
        200: json(ZRecordedSubmission, "Already stored with this key"),
        ...errorResponses(400, 404, 409),
        422: {
          description: "Answers refused, one entry per question; or consent or respondent code missing",
        },
      },
    }),
    async (c) => {
      const result = await services.submitPublicForm(
        deps.db,
        c.req.valid("param").token,
        c.req.valid("json"),
        new Date(),
      );
      return c.json(result, result.duplicate ? 200 : 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/public/forms/{token}/progress",
      tags,
      summary: "How far an anonymous respondent got, for the drop-out follow-up / progression",
      request: { params: ZTokenParam, body: jsonBody(ZFormProgress) },
      responses: { 204: { description: "Recorded" }, ...errorResponses(400, 404) },
    }),
    async (c) => {
      await services.recordFormProgress(deps.db, c.req.valid("param").token, c.req.valid("json"), new Date());
      return c.body(null, 204);
    },
  );
}
