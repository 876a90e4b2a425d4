import type { Db } from "@ricochet/db";

/** Who performs an operation: a signed-in person, or the operator through the CLI. */
export type Actor =
  | { type: "user"; userId: string; name: string; email: string }
  | { type: "system"; label: string };

export interface ServiceContext {
  db: Db;
  actor: Actor;
  /** Base URL of the web app, for links the operation returns (invitations). */
  publicUrl: string;
  now?: () => Date;
}

export function nowOf(ctx: ServiceContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

export function actorUserId(actor: Actor): string | null {
  return actor.type === "user" ? actor.userId : null;
}

export function actorLabel(actor: Actor): string {
  return actor.type === "user" ? actor.name : actor.label;
}

export const CLI_ACTOR: Actor = { type: "system", label: "ricochet (CLI)" };
