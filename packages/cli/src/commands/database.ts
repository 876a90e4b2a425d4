import { restoreBackup, writeBackup } from "@ricochet/db";
import { seedDemo } from "@ricochet/server";
import type { Command } from "commander";
import { withRuntime } from "../cli-context.ts";

export function registerDatabaseCommands(program: Command) {
  program
    .command("migrate")
    .description("Applique les migrations / apply database migrations")
    .action(() =>
      withRuntime(async (runtime) => {
        console.log(
          `Base à jour / database up to date: ${runtime.database.driver} (${runtime.database.location})`,
        );
      }),
    );

  program
    .command("seed")
    .argument("<dataset>", "jeu de données / dataset: demo")
    .description("Crée les données de démonstration / create the demo data")
    .action((dataset: string) =>
      withRuntime(async (runtime) => {
        if (dataset !== "demo") throw new Error(`Jeu inconnu / unknown dataset: ${dataset} (demo)`);
        const result = await seedDemo(runtime.database.db, runtime.auth, runtime.config.publicUrl);
        console.log(
          result.seeded
            ? `Démo créée / demo created: ${result.organisations} organisations, ${result.users} comptes / accounts. ${result.login.email} / ${result.login.password}`
            : `La démo existe déjà / the demo already exists (${result.login.email}).`,
        );
      }),
    );

  program
    .command("backup")
    .argument("<file>", "fichier de sauvegarde (.jsonl.gz) / backup file")
    .description("Sauvegarde toute la base / back up the whole database")
    .action((file: string) =>
      withRuntime(async (runtime) => {
        const header = await writeBackup(runtime.database.db, file);
        const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
        console.log(`Sauvegarde écrite / backup written: ${file} (${rows} lignes / rows)`);
      }),
    );

  program
    .command("restore")
    .argument("<file>", "fichier de sauvegarde / backup file")
    .description("Restaure une sauvegarde dans une base vide / restore a backup into an empty database")
    .action((file: string) =>
      withRuntime(async (runtime) => {
        const header = await restoreBackup(runtime.database.db, file);
        const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
        console.log(
          `Restauration terminée / restore complete: ${rows} lignes / rows (sauvegarde du ${header.createdAt})`,
        );
      }),
    );
}
