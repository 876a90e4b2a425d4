CREATE TABLE "theories_of_change" (
	"evaluation_id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"graph" jsonb DEFAULT '{"nodes":[],"edges":[]}'::jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"template_key" text,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theory_of_change_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"evaluation_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"graph" jsonb NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "theories_of_change" ADD CONSTRAINT "theories_of_change_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theories_of_change" ADD CONSTRAINT "theories_of_change_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theory_of_change_versions" ADD CONSTRAINT "theory_of_change_versions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theory_of_change_versions" ADD CONSTRAINT "theory_of_change_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "toc_versions_eval_number_idx" ON "theory_of_change_versions" USING btree ("evaluation_id","number");--> statement-breakpoint
CREATE INDEX "toc_versions_org_idx" ON "theory_of_change_versions" USING btree ("organisation_id");