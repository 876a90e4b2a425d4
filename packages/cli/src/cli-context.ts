import { isAppError, type Locale } from "@ricochet/domain";
import {
  CLI_ACTOR,
  ConfigError,
  loadConfig,
  openRuntime,
  type Runtime,
  type ServiceContext,
} from "@ricochet/server";

/** Opens config, database (migrated) and auth for one command, and closes them after. */
export async function withRuntime<T>(run: (runtime: Runtime, ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  try {
    return await run(runtime, { db: runtime.database.db, actor: CLI_ACTOR, publicUrl: config.publicUrl });
  } finally {
    await runtime.database.close();
  }
}

/** Prints an error the way a person can act on it, and sets a failing exit code. */
export function reportError(error: unknown): void {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (isAppError(error)) {
    let locale: Locale = "fr";
    try {
      locale = loadConfig().cliLocale;
    } catch {}
    console.error(`Erreur / error [${error.code}]: ${error.describe(locale)}`);
    for (const issue of error.issues) console.error(`  - ${issue.path}: ${issue.message[locale]}`);
  } else if (error instanceof Error) {
    // Expected failures (port taken, file missing) read best as one line; the stack is noise.
    console.error(`Erreur / error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
