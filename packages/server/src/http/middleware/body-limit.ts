import { AppError } from "@ricochet/domain";
import { bodyLimit } from "hono/body-limit";
import { problem } from "../problem.ts";

export function bodyLimitMiddleware(maxBytes: number) {
  const limit =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} Mo`
      : `${Math.round(maxBytes / 1024)} ko`;
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, new AppError("PAYLOAD_TOO_LARGE", { limit })),
  });
}
