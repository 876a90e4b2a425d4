import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { AppError, zodIssuesToFieldIssues } from "@ricochet/domain";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { ZodError } from "zod";
import type { AppDeps, AppEnv } from "./app-env.ts";
import { mountAuthRoutes } from "./auth-routes.ts";
import { bodyLimitMiddleware } from "./middleware/body-limit.ts";
import { csrfMiddleware } from "./middleware/csrf.ts";
import { idempotencyMiddleware } from "./middleware/idempotency.ts";
import { localeMiddleware } from "./middleware/locale.ts";
import { sessionMiddleware } from "./middleware/session.ts";
import { problem } from "./problem.ts";
import { registerAccompanimentRoutes } from "./routes/accompaniments.ts";
import { registerAuditRoutes } from "./routes/audit.ts";
import { registerCampaignRoutes } from "./routes/campaigns.ts";
import { registerCoachingRoutes } from "./routes/coaching.ts";
import { registerEvaluationRoutes } from "./routes/evaluations.ts";
import { registerFrameworkRoutes } from "./routes/frameworks.ts";
import { registerIndicatorRoutes } from "./routes/indicators.ts";
import { registerInteropRoutes } from "./routes/interop.ts";
import { registerInterviewRoutes } from "./routes/interviews.ts";
import { registerInvitationRoutes } from "./routes/invitations.ts";
import { registerJoinRequestRoutes } from "./routes/join-requests.ts";
import { registerMeRoutes } from "./routes/me.ts";
import { registerMemberRoutes } from "./routes/members.ts";
import { registerNetworkFrameworkRoutes } from "./routes/network-frameworks.ts";
import { registerOrganisationRoutes } from "./routes/organisations.ts";
import { registerPublicFormRoutes } from "./routes/public-forms.ts";
import { registerQuestionnaireRoutes } from "./routes/questionnaires.ts";
import { registerRespondentRoutes } from "./routes/respondents.ts";
import { registerSubmissionRoutes } from "./routes/submissions.ts";
import { registerTheoryOfChangeRoutes } from "./routes/theory-of-change.ts";
import { registerValueChainRoutes } from "./routes/value-chain.ts";

export const API_VERSION_PREFIX = "/api/v1";

export interface CreateAppOptions {
  /** Folder of the built web app; served with a fallback to index.html for client-side routes. */
  webRoot?: string;
}

/** The versioned API alone: what the OpenAPI document describes. */
export function createApiV1(deps: AppDeps) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c, new AppError("VALIDATION_FAILED", {}, zodIssuesToFieldIssues(result.error.issues)));
      }
    },
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: "ricochet.session_token",
    description: "Session cookie set by /api/auth/sign-in/email",
  });
  registerMeRoutes(api, deps);
  registerOrganisationRoutes(api, deps);
  registerMemberRoutes(api, deps);
  registerInvitationRoutes(api, deps);
  registerJoinRequestRoutes(api, deps);
  registerAccompanimentRoutes(api, deps);
  registerAuditRoutes(api, deps);
  registerEvaluationRoutes(api, deps);
  registerValueChainRoutes(api, deps);
  registerIndicatorRoutes(api, deps);
  registerFrameworkRoutes(api, deps);
  registerNetworkFrameworkRoutes(api, deps);
  registerTheoryOfChangeRoutes(api, deps);
  registerCoachingRoutes(api, deps);
  registerInteropRoutes(api, deps);
  registerQuestionnaireRoutes(api, deps);
  registerCampaignRoutes(api, deps);
  registerSubmissionRoutes(api, deps);
  registerRespondentRoutes(api, deps);
  registerInterviewRoutes(api, deps);
  registerPublicFormRoutes(api, deps);
  return api;
}

export function openApiDocument(api: ReturnType<typeof createApiV1>) {
  return api.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Ricochet API",
      version: "1.0.0",
      description:
        "Évaluation d'impact social pour l'ESS — social impact evaluation for the social and solidarity economy. " +
        "Errors are RFC 9457 problem+json with a stable `code`; messages follow Accept-Language (fr default, en). " +
        "Writes accept an `Idempotency-Key` header: a retry with the same key is performed once and " +
        "answered with the first response (`Idempotent-Replayed: true`).",
    },
    servers: [{ url: API_VERSION_PREFIX }],
  });
}

export function createApp(deps: AppDeps, options: CreateAppOptions = {}) {
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof AppError) return problem(c, error);
    if (error instanceof ZodError) {
      return problem(c, new AppError("VALIDATION_FAILED", {}, zodIssuesToFieldIssues(error.issues)));
    }
    if (error instanceof HTTPException && error.status === 400)
      return problem(c, new AppError("INVALID_JSON"));
    console.error(`[ricochet] ${c.req.method} ${c.req.path} failed:`, error);
    return problem(c, new AppError("INTERNAL"));
  });

  // The builder's preview and the staff entry show the respondents' page in a frame of the app
  // itself: those two pages may be framed by the same origin, and nothing else may.
  app.use("/f/*", async (c, next) => {
    await next();
    if (c.req.path === "/f/preview" || c.req.path === "/f/staff") {
      const policy = c.res.headers.get("content-security-policy");
      if (policy)
        c.res.headers.set(
          "content-security-policy",
          policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
        );
      c.res.headers.set("x-frame-options", "SAMEORIGIN");
    }
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
    }),
  );
  app.use("/api/*", localeMiddleware);
  app.use("/api/*", bodyLimitMiddleware(deps.config.bodyLimitBytes));

  app.get("/api/health", async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ status: "ok", database: "ok" });
    } catch {
      return c.json({ status: "degraded", database: "unreachable" }, 503);
    }
  });

  mountAuthRoutes(app, deps.auth);

  const api = createApiV1(deps);
  app.use(`${API_VERSION_PREFIX}/*`, csrfMiddleware(deps.config.trustedOrigins));
  app.use(`${API_VERSION_PREFIX}/*`, sessionMiddleware(deps.auth));
  app.use(`${API_VERSION_PREFIX}/*`, idempotencyMiddleware(deps.db));
  app.route(API_VERSION_PREFIX, api);

  const document = openApiDocument(api);
  app.get("/api/openapi.json", (c) => c.json(document));
  app.all("/api/*", (c) => problem(c, new AppError("NOT_FOUND")));

  if (options.webRoot && existsSync(join(options.webRoot, "index.html"))) {
    const indexHtml = readFileSync(join(options.webRoot, "index.html"), "utf8");
    app.use("/assets/*", async (c, next) => {
      await next();
      if (c.res.status === 200) c.header("Cache-Control", "public, max-age=31536000, immutable");
    });
    app.use("*", serveStatic({ root: options.webRoot }));
    // The respondents' page is its own light bundle: /f/<secret token>.
    const formHtmlPath = join(options.webRoot, "public-form.html");
    const formHtml = existsSync(formHtmlPath) ? readFileSync(formHtmlPath, "utf8") : null;
    if (formHtml) app.get("/f/*", (c) => c.html(formHtml));
    // A missing hashed asset (an older page after a new build) is a 404, not the app's HTML,
    // which the browser would refuse as a script with a confusing error.
    app.get("/assets/*", (c) => c.text("Not found", 404));
    app.get("*", (c) => c.html(indexHtml));
  }
  return app;
}
