import { z } from "@hono/zod-openapi";
import { ZOrgIdParam } from "./schemas.ts";

/** A path parameter holding an id. */
export function idParam<N extends string>(name: N) {
  return z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: "path" } });
}

export const ZEvaluationParams = ZOrgIdParam.extend({ evaluationId: idParam("evaluationId") });

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
