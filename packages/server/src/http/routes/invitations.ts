import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import * as services from "../../services/index.ts";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { cookieSecurity, errorResponses, serviceContext } from "../route-helpers.ts";
import { ZAcceptedInvitation, ZInvitationPreview } from "../schemas.ts";

const tags = ["Invitations"];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const ZTokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .openapi({ param: { name: "token", in: "path" } }),
});

// The token is the credential here: these routes are not scoped by organisation id.
export function registerInvitationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/invitations/{token}",
      tags,
      summary: "What an invitation link offers, before signing in / aperçu d'une invitation",
      request: { params: ZTokenParam },
      responses: { 200: json(ZInvitationPreview, "Preview"), ...errorResponses(400, 404, 409, 410) },
    }),
    async (c) => c.json(await services.previewInvitation(deps.db, c.req.valid("param").token), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/invitations/{token}/accept",
      tags,
      security: cookieSecurity,
      summary: "Accept an invitation (idempotent) / accepter une invitation",
      request: { params: ZTokenParam },
      responses: {
        200: json(ZAcceptedInvitation, "Accepted"),
        ...errorResponses(400, 401, 403, 404, 409, 410),
      },
    }),
    async (c) =>
      c.json(await services.acceptInvitation(serviceContext(c, deps), c.req.valid("param").token), 200),
  );
}
