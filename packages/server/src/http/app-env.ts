import type { Db } from "@ricochet/db";
import type { Locale } from "@ricochet/domain";
import type { Auth } from "../auth/create-auth.ts";
import type { Config } from "../config/config.ts";
import type { Actor } from "../services/context.ts";

export interface AppDeps {
  db: Db;
  auth: Auth;
  config: Config;
}

export interface AppEnv {
  Variables: {
    locale: Locale;
    actor: Actor | null;
  };
}
