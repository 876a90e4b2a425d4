import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The fields of one indicator version other than its code (see IndicatorContent in the domain),
 * kept as one JSON document: a version is immutable, read whole and compared whole.
 */
export type IndicatorVersionContent = Record<string, unknown>;

/**
 * An indicator definition of the library. Built-in public ones have no organisation; others
 * belong to an organisation, private to it or shared with its whole subtree (scope "network").
 */
export const indicatorDefinitions = pgTable(
  "indicator_definitions",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    scope: text("scope", { enum: ["private", "network", "public"] }).notNull(),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    builtIn: boolean("built_in").notNull().default(false),
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicator_definitions_owner_code_idx").on(sql`coalesce(${t.organisationId}, '')`, t.code),
    index("indicator_definitions_org_idx").on(t.organisationId),
  ],
);

/** Accent-folded lower-case text, so that « éducation » finds "education" and back. */
const folded = (expression: SQL) =>
  sql`translate(lower(${expression}), 'àâäáãéèêëíìîïóòôöõúùûüçñœæ', 'aaaaaeeeeiiiiooooouuuucnoa')`;

export const indicatorVersions = pgTable(
  "indicator_versions",
  {
    id: text("id").primaryKey(),
    definitionId: text("definition_id")
      .notNull()
      .references(() => indicatorDefinitions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    content: jsonb("content").$type<IndicatorVersionContent>().notNull(),
    nameFr: text("name_fr").notNull(),
    nameEn: text("name_en").notNull(),
    sectors: text("sectors").array().notNull().default(sql`'{}'::text[]`),
    impDimension: text("imp_dimension").notNull(),
    type: text("type").notNull(),
    // French full-text search over name, definition and tags (weights: name first).
    search: tsvector("search").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('french', ${folded(sql`${indicatorVersions.nameFr}`)}), 'A') || setweight(to_tsvector('french', ${folded(sql`coalesce(${indicatorVersions.content}->'definition'->>'fr', '') || ' ' || coalesce(${indicatorVersions.content}->>'tagsText', '')`)}), 'B') || setweight(to_tsvector('simple', ${folded(sql`${indicatorVersions.nameEn} || ' ' || coalesce(${indicatorVersions.content}->'definition'->>'en', '')`)}), 'C')`,
    ),
    changeNote: text("change_note"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicator_versions_def_version_idx").on(t.definitionId, t.version),
    index("indicator_versions_search_idx").using("gin", t.search),
  ],
);
