import { type ChildProcess, spawn } from "node:child_process";

/** Spawns a server and resolves with the milliseconds until `readyUrl` answers 200. */
export async function startAndTime(
  command: string,
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<{ child: ChildProcess; readyMs: number }> {
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = started + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    try {
      const response = await fetch(readyUrl);
      if (response.ok) return { child, readyMs: performance.now() - started };
    } catch {}
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill();
  throw new Error(`${readyUrl} not ready after 120 s`);
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
