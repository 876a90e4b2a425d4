import { users } from "@ricochet/db";
import { AppError, type Locale } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { listMyOrganisations, type MyOrganisation } from "../organisations/list-my-organisations.ts";

export interface Me {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  organisations: MyOrganisation[];
}

export async function getMe(ctx: ServiceContext): Promise<Me> {
  if (ctx.actor.type !== "user") throw new AppError("UNAUTHENTICATED");
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!user) throw new AppError("UNAUTHENTICATED");
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale === "en" ? "en" : "fr",
    organisations: await listMyOrganisations(ctx),
  };
}
