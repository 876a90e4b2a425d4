CREATE TABLE "framework_adoptions" (
	"id" text PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"network_framework_id" text NOT NULL,
	"version" integer NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_framework_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"network_framework_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text,
	"published_by_user_id" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"current_version" integer DEFAULT 1 NOT NULL,
	"source_evaluation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_questions" ADD COLUMN "network_framework_id" text;--> statement-breakpoint
ALTER TABLE "evaluation_questions" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "framework_criteria" ADD COLUMN "network_framework_id" text;--> statement-breakpoint
ALTER TABLE "framework_criteria" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD COLUMN "network_framework_id" text;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "framework_adoptions" ADD CONSTRAINT "framework_adoptions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_adoptions" ADD CONSTRAINT "framework_adoptions_network_framework_id_network_frameworks_id_fk" FOREIGN KEY ("network_framework_id") REFERENCES "public"."network_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_framework_versions" ADD CONSTRAINT "network_framework_versions_network_framework_id_network_frameworks_id_fk" FOREIGN KEY ("network_framework_id") REFERENCES "public"."network_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_framework_versions" ADD CONSTRAINT "network_framework_versions_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_frameworks" ADD CONSTRAINT "network_frameworks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_frameworks" ADD CONSTRAINT "network_frameworks_source_evaluation_id_evaluations_id_fk" FOREIGN KEY ("source_evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "framework_adoptions_eval_fw_idx" ON "framework_adoptions" USING btree ("evaluation_id","network_framework_id");--> statement-breakpoint
CREATE INDEX "framework_adoptions_fw_idx" ON "framework_adoptions" USING btree ("network_framework_id");--> statement-breakpoint
CREATE INDEX "framework_adoptions_org_idx" ON "framework_adoptions" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_framework_versions_fw_version_idx" ON "network_framework_versions" USING btree ("network_framework_id","version");--> statement-breakpoint
CREATE INDEX "network_framework_versions_org_idx" ON "network_framework_versions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_frameworks_org_idx" ON "network_frameworks" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "evaluation_questions" ADD CONSTRAINT "evaluation_questions_network_framework_id_network_frameworks_id_fk" FOREIGN KEY ("network_framework_id") REFERENCES "public"."network_frameworks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_criteria" ADD CONSTRAINT "framework_criteria_network_framework_id_network_frameworks_id_fk" FOREIGN KEY ("network_framework_id") REFERENCES "public"."network_frameworks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_network_framework_id_network_frameworks_id_fk" FOREIGN KEY ("network_framework_id") REFERENCES "public"."network_frameworks"("id") ON DELETE set null ON UPDATE no action;