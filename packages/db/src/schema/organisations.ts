import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";

export const organisations = pgTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    kind: text("kind", {
      enum: ["network", "regional_body", "structure", "establishment", "support_organisation"],
    }).notNull(),
    parentId: text("parent_id").references((): AnyPgColumn => organisations.id, { onDelete: "restrict" }),
    // Materialised path "/root/…/self/": descendants are one indexed prefix scan.
    path: text("path").notNull(),
    // The tree's root: the distribution key when a network outgrows one server (Citus).
    rootId: text("root_id").notNull(),
    depth: integer("depth").notNull(),
    sectorTags: text("sector_tags").array().notNull().default(sql`'{}'::text[]`),
    territory: text("territory"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    index("organisations_parent_idx").on(t.parentId),
    index("organisations_root_idx").on(t.rootId),
    check("organisations_path_ends_with_id", sql`${t.path} LIKE '%/' || ${t.id} || '/'`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "admin", "evaluator", "contributor", "viewer"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_idx").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "admin", "evaluator", "contributor", "viewer"] }).notNull(),
    email: text("email"),
    // Only a hash is stored: a database leak does not leak usable links.
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: text("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedByUserId: text("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_org_idx").on(t.organisationId)],
);

export const joinRequests = pgTable(
  "join_requests",
  {
    id: text("id").primaryKey(),
    // The organisation that asks to join, and the one it asks to join.
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    targetOrganisationId: text("target_organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    message: text("message"),
    status: text("status", { enum: ["pending", "accepted", "rejected", "cancelled"] })
      .notNull()
      .default("pending"),
    requestedByUserId: text("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: text("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("join_requests_org_idx").on(t.organisationId),
    index("join_requests_target_idx").on(t.targetOrganisationId),
    uniqueIndex("join_requests_one_pending_idx").on(t.organisationId).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * A support organisation follows a cohort of structures for a period, with their consent.
 * It is not a tree edge: an incubated structure keeps its own place in its network.
 */
export const accompaniments = pgTable(
  "accompaniments",
  {
    id: text("id").primaryKey(),
    supportOrganisationId: text("support_organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    // Requested by the structure (its consent), then accepted into a cohort by the support
    // organisation; either side can end it, after which the support organisation sees nothing.
    status: text("status", { enum: ["requested", "active", "declined", "ended"] })
      .notNull()
      .default("requested"),
    cohort: text("cohort"),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    message: text("message"),
    consentedAt: timestamp("consented_at", { withTimezone: true }),
    consentedByUserId: text("consented_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedByUserId: text("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("accompaniments_support_idx").on(t.supportOrganisationId),
    index("accompaniments_org_idx").on(t.organisationId),
    uniqueIndex("accompaniments_one_open_idx")
      .on(t.supportOrganisationId, t.organisationId)
      .where(sql`${t.status} in ('requested', 'active')`),
  ],
);
