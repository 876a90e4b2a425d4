import { accompaniments, type Db, organisations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

export interface AccompanimentView {
  id: string;
  supportOrganisationId: string;
  supportOrganisationName: string;
  organisationId: string;
  organisationName: string;
  status: "requested" | "active" | "declined" | "ended";
  cohort: string | null;
  startsOn: string | null;
  endsOn: string | null;
  message: string | null;
  consented: boolean;
  createdAt: string;
}

const support = alias(organisations, "support");
const followed = alias(organisations, "followed");

export function accompanimentQuery(db: Db) {
  return db
    .select({ a: accompaniments, supportName: support.name, followedName: followed.name })
    .from(accompaniments)
    .innerJoin(support, eq(support.id, accompaniments.supportOrganisationId))
    .innerJoin(followed, eq(followed.id, accompaniments.organisationId));
}

type Row = Awaited<ReturnType<typeof accompanimentQuery>>[number];

export function toAccompanimentView({ a, supportName, followedName }: Row): AccompanimentView {
  return {
    id: a.id,
    supportOrganisationId: a.supportOrganisationId,
    supportOrganisationName: supportName,
    organisationId: a.organisationId,
    organisationName: followedName,
    status: a.status,
    cohort: a.cohort,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    message: a.message,
    consented: a.consentedAt !== null && a.status !== "ended",
    createdAt: a.createdAt.toISOString(),
  };
}

export async function loadAccompanimentView(db: Db, id: string): Promise<AccompanimentView> {
  const [row] = await accompanimentQuery(db).where(eq(accompaniments.id, id));
  if (!row) throw new AppError("ACCOMPANIMENT_NOT_FOUND");
  return toAccompanimentView(row);
}
