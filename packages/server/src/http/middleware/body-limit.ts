import { AppError } from "@ricochet/domain";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problem } from "../problem.ts";

// A questionnaire draft carries its pictograms, an XLSForm travels as base64, and a file of
// paper answers may hold thousands of rows: those writes may be larger than everything else.
const LARGE_BODIES = /\/(?:questionnaires\/(?:[^/]+\/draft|import\/xlsform)|submissions\/import)$/;
const LARGE_FACTOR = 16;

function limited(maxBytes: number): MiddlewareHandler {
  const limit =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} Mo`
      : `${Math.round(maxBytes / 1024)} ko`;
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, new AppError("PAYLOAD_TOO_LARGE", { limit })),
  });
}

export function bodyLimitMiddleware(maxBytes: number): MiddlewareHandler {
  const normal = limited(maxBytes);
  const large = limited(maxBytes * LARGE_FACTOR);
  return (c, next) => (LARGE_BODIES.test(c.req.path) ? large(c, next) : normal(c, next));
}
