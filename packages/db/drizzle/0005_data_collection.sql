CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"questionnaire_version_id" text NOT NULL,
	"name" text NOT NULL,
	"stakeholder_id" text,
	"wave" text NOT NULL,
	"arm" text NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"target_responses" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"public_link" boolean DEFAULT true NOT NULL,
	"staff_entry" boolean DEFAULT true NOT NULL,
	"paper_upload" boolean DEFAULT false NOT NULL,
	"respondent_codes" text DEFAULT 'none' NOT NULL,
	"public_token" text NOT NULL,
	"consent" jsonb NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"session_key" text NOT NULL,
	"furthest_page" integer DEFAULT 0 NOT NULL,
	"completed" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "respondent_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"code" text NOT NULL,
	"batch" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_guides" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"title" text NOT NULL,
	"introduction" text,
	"themes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"guide_id" text,
	"held_on" date NOT NULL,
	"interviewer" text NOT NULL,
	"stakeholder_category" text NOT NULL,
	"respondent_code" text,
	"consent_given" text NOT NULL,
	"notes" text,
	"transcript" text,
	"transcript_file_name" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"questionnaire_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"version" integer NOT NULL,
	"compiled" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"published_by_user_id" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"title" text NOT NULL,
	"draft" jsonb NOT NULL,
	"draft_revision" integer DEFAULT 1 NOT NULL,
	"current_version" integer,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_revisions" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text,
	"changed_by_user_id" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"evaluation_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"questionnaire_version_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"respondent_code" text,
	"answers" jsonb NOT NULL,
	"consent" jsonb,
	"source" text NOT NULL,
	"language" text NOT NULL,
	"easy_read" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entered_by_user_id" text,
	"deleted_at" timestamp with time zone,
	"deleted_by_user_id" text
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_questionnaire_version_id_questionnaire_versions_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_stakeholder_id_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."stakeholders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_sessions" ADD CONSTRAINT "form_sessions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondent_codes" ADD CONSTRAINT "respondent_codes_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_guides" ADD CONSTRAINT "interview_guides_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_guide_id_interview_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."interview_guides"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_revisions" ADD CONSTRAINT "submission_revisions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_revisions" ADD CONSTRAINT "submission_revisions_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_questionnaire_version_id_questionnaire_versions_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_deleted_by_user_id_users_id_fk" FOREIGN KEY ("deleted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_public_token_idx" ON "campaigns" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "campaigns_eval_idx" ON "campaigns" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "campaigns_org_idx" ON "campaigns" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "form_sessions_campaign_key_idx" ON "form_sessions" USING btree ("campaign_id","session_key");--> statement-breakpoint
CREATE UNIQUE INDEX "respondent_codes_eval_code_idx" ON "respondent_codes" USING btree ("evaluation_id","code");--> statement-breakpoint
CREATE INDEX "interview_guides_eval_idx" ON "interview_guides" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "interviews_eval_idx" ON "interviews" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "interviews_org_code_idx" ON "interviews" USING btree ("organisation_id","respondent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_versions_q_version_idx" ON "questionnaire_versions" USING btree ("questionnaire_id","version");--> statement-breakpoint
CREATE INDEX "questionnaire_versions_org_idx" ON "questionnaire_versions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "questionnaires_eval_idx" ON "questionnaires" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "questionnaires_org_idx" ON "questionnaires" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "submission_revisions_submission_idx" ON "submission_revisions" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_campaign_key_idx" ON "submissions" USING btree ("campaign_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "submissions_campaign_received_idx" ON "submissions" USING btree ("campaign_id","received_at");--> statement-breakpoint
CREATE INDEX "submissions_org_idx" ON "submissions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "submissions_eval_code_idx" ON "submissions" USING btree ("evaluation_id","respondent_code") WHERE "submissions"."respondent_code" is not null;