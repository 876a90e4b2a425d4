import { type Db, organisations } from "@ricochet/db";
import { slugify } from "@ricochet/domain";
import { eq, like, or } from "drizzle-orm";

/** The slug itself if free, otherwise the first free "slug-2", "slug-3"… */
export async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || "organisation";
  const taken = new Set(
    (
      await db
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
