import { createUser } from "@ricochet/server";
import type { Command } from "commander";
import { withRuntime } from "../cli-context.ts";

export function registerUserCommands(program: Command) {
  const user = program.command("user").description("Comptes / accounts");
  user
    .command("create")
    .description("Crée un compte / create an account")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .requiredOption("--password <password>", "au moins 10 caractères / at least 10 characters")
    .option("--locale <locale>", "fr | en", "fr")
    .action((options: { email: string; name: string; password: string; locale: string }) =>
      withRuntime(async (runtime) => {
        const created = await createUser(runtime.auth, {
          email: options.email,
          name: options.name,
          password: options.password,
          locale: options.locale as "fr" | "en",
        });
        console.log(`Compte créé / account created: ${created.email} (${created.id})`);
      }),
    );
}
