import {
  createJobWorker,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  JOBS,
  loadConfig,
  openRuntime,
  seedDemo,
  startHttpServer,
} from "@ricochet/server";
import type { Command } from "commander";

export function registerServe(program: Command) {
  program
    .command("serve")
    .description("Démarre le serveur web et l'API / start the web server and the API")
    .option("--seed-if-empty", "crée la démo si la base est vide / seed the demo into an empty database")
    .action(async (options: { seedIfEmpty?: boolean }) => {
      const started = performance.now();
      const config = loadConfig();
      const runtime = await openRuntime(config);
      let seeded = false;
      if (options.seedIfEmpty && (await isDatabaseEmpty(runtime.database.db))) {
        await seedDemo(runtime.database.db, runtime.auth, config.publicUrl);
        seeded = true;
      }
      const server = await startHttpServer(runtime).catch(async (error) => {
        await runtime.database.close();
        throw error;
      });
      const worker = createJobWorker({ db: runtime.database.db, registry: JOBS });
      worker.start();
      const ms = Math.round(performance.now() - started);
      console.log(`\nRicochet est prêt / is ready (${ms} ms): ${config.publicUrl}`);
      console.log(`  base de données / database: ${runtime.database.driver} (${runtime.database.location})`);
      console.log(`  écoute / listening on: ${server.url}`);
      if (seeded || options.seedIfEmpty) {
        console.log(
          `  compte de démo / demo account: demo@ricochet.fr — mot de passe / password: ${DEMO_PASSWORD}`,
        );
      }
      const stop = async () => {
        await server.close();
        await worker.stop();
        await runtime.database.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
