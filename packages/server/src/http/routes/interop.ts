import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { exportEvaluationCids } from "../../services/interop/export-evaluation-cids.ts";
import { importEvaluationCids } from "../../services/interop/import-evaluation-cids.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, jsonBody, serviceContext } from "../route-helpers.ts";
import { json, ZEvaluationParams } from "../route-params.ts";
import { ZOrgIdParam, ZProblem } from "../schemas.ts";

const tags = ["Interoperability"];

const ZBilingual = z.object({ fr: z.string(), en: z.string() });

/** The file as sent: its structure is checked by the import, which explains every problem. */
const ZCidsImportBody = z.object({
  document: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).openapi({
    description:
      "CIDS JSON-LD: an object with @context and @graph, or a list of nodes each with its @context / document CIDS JSON-LD",
  }),
});

const ZCidsImportResult = z
  .object({
    evaluationId: z.string(),
    title: z.string(),
    counts: z.object({
      stakeholders: z.number().int(),
      activities: z.number().int(),
      contributions: z.number().int(),
      tocNodes: z.number().int(),
      tocLinks: z.number().int(),
      indicators: z.number().int(),
      indicatorsMatched: z.number().int(),
      indicatorsCreated: z.number().int(),
    }),
    warnings: z.array(ZBilingual),
  })
  .openapi("CidsImportResult");

const invalidFile = {
  422: {
    description: "The CIDS file is invalid; nothing was imported / fichier CIDS invalide, rien d'importé",
    content: { "application/problem+json": { schema: ZProblem } },
  },
};

export function registerInteropRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organisations/{orgId}/evaluations/{evaluationId}/export/cids",
      tags,
      security: cookieSecurity,
      summary:
        "Export the impact model as CIDS JSON-LD (Common Impact Data Standard) / exporter le modèle d'impact au format CIDS",
      request: { params: ZEvaluationParams },
      responses: {
        200: {
          description: "The JSON-LD file / le fichier JSON-LD",
          content: {
            "application/ld+json": {
              schema: z
                .record(z.string(), z.unknown())
                .openapi({ description: "CIDS JSON-LD document (@context, @graph)" }),
            },
          },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { orgId, evaluationId } = c.req.valid("param");
      const file = await exportEvaluationCids(serviceContext(c, deps), orgId, evaluationId);
      // Spelt as Hono spells it, so that it replaces the default application/json.
      return c.json(file.document, 200, {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organisations/{orgId}/evaluations/import/cids",
      tags,
      security: cookieSecurity,
      summary:
        "Create an evaluation from a CIDS JSON-LD file, all or nothing / créer une évaluation depuis un fichier CIDS",
      request: { params: ZOrgIdParam, body: jsonBody(ZCidsImportBody) },
      responses: {
        201: json(
          ZCidsImportResult,
          "Created, with what was skipped or guessed / créée, avec les avertissements",
        ),
        ...errorResponses(400, 401, 403, 404),
        ...invalidFile,
      },
    }),
    async (c) =>
      c.json(
        await importEvaluationCids(
          serviceContext(c, deps),
          c.req.valid("param").orgId,
          c.req.valid("json").document,
        ),
        201,
      ),
  );
}
