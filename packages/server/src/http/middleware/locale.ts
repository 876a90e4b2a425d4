import { isLocale, negotiateLocale } from "@ricochet/domain";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";

export const LOCALE_COOKIE = "ricochet_lang";

/** The language of messages: the switch the person chose (cookie), else their browser's, else French. */
export const localeMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const chosen = getCookie(c, LOCALE_COOKIE);
  c.set("locale", isLocale(chosen) ? chosen : negotiateLocale(c.req.header("accept-language")));
  await next();
});
