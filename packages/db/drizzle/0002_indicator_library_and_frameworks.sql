CREATE TABLE "indicator_definitions" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"scope" text NOT NULL,
	"organisation_id" text,
	"built_in" boolean DEFAULT false NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"definition_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"imp_dimension" text NOT NULL,
	"type" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french', translate(lower("indicator_versions"."name_fr"), 'àâäáãéèêëíìîïóòôöõúùûüçñœæ', 'aaaaaeeeeiiiiooooouuuucnoa')), 'A') || setweight(to_tsvector('french', translate(lower(coalesce("indicator_versions"."content"->'definition'->>'fr', '') || ' ' || coalesce("indicator_versions"."content"->>'tagsText', '')), 'àâäáãéèêëíìîïóòôöõúùûüçñœæ', 'aaaaaeeeeiiiiooooouuuucnoa')), 'B') || setweight(to_tsvector('simple', translate(lower("indicator_versions"."name_en" || ' ' || coalesce("indicator_versions"."content"->'definition'->>'en', '')), 'àâäáãéèêëíìîïóòôöõúùûüçñœæ', 'aaaaaeeeeiiiiooooouuuucnoa')), 'C')) STORED,
	"change_note" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_criteria" (
	"id" text PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"question_id" text NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"criterion_id" text,
	"indicator_version_id" text NOT NULL,
	"baseline_value" numeric,
	"baseline_date" date,
	"baseline_note" text,
	"target_value" numeric,
	"target_date" date,
	"outcome_node_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_definitions" ADD CONSTRAINT "indicator_definitions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_versions" ADD CONSTRAINT "indicator_versions_definition_id_indicator_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."indicator_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_versions" ADD CONSTRAINT "indicator_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_criteria" ADD CONSTRAINT "framework_criteria_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_criteria" ADD CONSTRAINT "framework_criteria_question_id_evaluation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."evaluation_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_criterion_id_framework_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."framework_criteria"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicators" ADD CONSTRAINT "framework_indicators_indicator_version_id_indicator_versions_id_fk" FOREIGN KEY ("indicator_version_id") REFERENCES "public"."indicator_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_definitions_owner_code_idx" ON "indicator_definitions" USING btree (coalesce("organisation_id", ''),"code");--> statement-breakpoint
CREATE INDEX "indicator_definitions_org_idx" ON "indicator_definitions" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_versions_def_version_idx" ON "indicator_versions" USING btree ("definition_id","version");--> statement-breakpoint
CREATE INDEX "indicator_versions_search_idx" ON "indicator_versions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "framework_criteria_eval_idx" ON "framework_criteria" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "framework_indicators_eval_idx" ON "framework_indicators" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "framework_indicators_version_idx" ON "framework_indicators" USING btree ("indicator_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_indicators_eval_version_idx" ON "framework_indicators" USING btree ("evaluation_id","indicator_version_id");