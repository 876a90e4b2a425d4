import { type Db, indicatorDefinitions, users } from "@ricochet/db";
import { isMeasurableNodeType, OUTCOME_NODE_TYPES, STEP_GUIDANCE } from "@ricochet/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Auth } from "../auth/create-auth.ts";
import { decideAccompaniment } from "../services/accompaniments/decide-accompaniment.ts";
import { requestAccompaniment } from "../services/accompaniments/request-accompaniment.ts";
import { type Actor, CLI_ACTOR, type ServiceContext } from "../services/context.ts";
import { createEvaluation } from "../services/evaluations/create-evaluation.ts";
import { updateEvaluationScope } from "../services/evaluations/update-evaluation-scope.ts";
import { updateEvaluationStep } from "../services/evaluations/update-evaluation-step.ts";
import { addCriterion } from "../services/frameworks/add-criterion.ts";
import { addFrameworkIndicator } from "../services/frameworks/add-framework-indicator.ts";
import { getFramework } from "../services/frameworks/get-framework.ts";
import { acceptInvitation } from "../services/invitations/accept-invitation.ts";
import { createInvitation } from "../services/invitations/create-invitation.ts";
import { adoptNetworkFramework } from "../services/network-frameworks/adopt-network-framework.ts";
import { publishNetworkFramework } from "../services/network-frameworks/publish-network-framework.ts";
import { createOrganisation } from "../services/organisations/create-organisation.ts";
import { applyTocTemplate } from "../services/theory-of-change/apply-toc-template.ts";
import { saveTheoryOfChange } from "../services/theory-of-change/save-theory-of-change.ts";
import { saveTocVersion } from "../services/theory-of-change/toc-versions.ts";
import { createUser } from "../services/users/create-user.ts";
import { saveActivity } from "../services/value-chain/save-activity.ts";
import { saveContribution } from "../services/value-chain/save-contribution.ts";
import { saveStakeholder } from "../services/value-chain/save-stakeholder.ts";
import type { ValueChainView } from "../services/value-chain/value-chain-view.ts";
import { DEMO_COHORT, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-data.ts";
import { DEMO_EVALUATIONS, type DemoEvaluation } from "./demo-evaluations.ts";
import { DEMO_NETWORK_FRAMEWORK } from "./demo-network-framework.ts";
import { seedCollections } from "./seed-collection.ts";

export interface SeedResult {
  seeded: boolean;
  users: number;
  organisations: number;
  login: { email: string; password: string };
}

const LOGIN = { email: DEMO_USERS[0]?.email ?? "demo@ricochet.fr", password: DEMO_PASSWORD };

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Creates the demo through the same services as the app, so that its audit log, memberships
 * and tree are what a real network would have. Does nothing if the demo account exists.
 */
export async function seedDemo(db: Db, auth: Auth, publicUrl: string): Promise<SeedResult> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.email} = ${LOGIN.email}`);
  if (existing) return { seeded: false, users: 0, organisations: 0, login: LOGIN };

  const actors = new Map<string, Actor>();
  for (const user of DEMO_USERS) {
    const created = await createUser(auth, { name: user.name, email: user.email, password: DEMO_PASSWORD });
    actors.set(user.key, { type: "user", userId: created.id, name: created.name, email: created.email });
  }
  const actor = (key: string): Actor => {
    const found = actors.get(key);
    if (!found) throw new Error(`unknown demo user ${key}`);
    return found;
  };
  const ctx = (a: Actor): ServiceContext => ({ db, actor: a, publicUrl });

  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    const owner = actor(org.owner);
    const parentId = org.parent ? orgIds.get(org.parent) : null;
    // A member organisation is created by the network's administrators, then handed to its owner.
    const created = await createOrganisation(
      ctx(CLI_ACTOR),
      { name: org.name, kind: org.kind, parentId, territory: org.territory, sectorTags: org.sectorTags },
      { ownerUserId: owner.type === "user" ? owner.userId : undefined },
    );
    orgIds.set(org.key, created.id);
    for (const [userKey, role] of org.members ?? []) {
      const invitation = await createInvitation(ctx(owner), created.id, { role });
      await acceptInvitation(ctx(actor(userKey)), invitation.token);
    }
  }

  const supportId = orgIds.get(DEMO_COHORT.support);
  if (!supportId) throw new Error("demo support organisation missing");
  const supportOwner = DEMO_ORGANISATIONS.find((o) => o.key === DEMO_COHORT.support)?.owner ?? "";
  // Each structure asks to be followed (its consent), then the incubator takes it into the cohort.
  for (const key of DEMO_COHORT.members) {
    const organisationId = orgIds.get(key);
    const owner = DEMO_ORGANISATIONS.find((o) => o.key === key)?.owner ?? "";
    if (!organisationId) continue;
    const requested = await requestAccompaniment(ctx(actor(owner)), organisationId, {
      supportOrganisationId: supportId,
      message: "Nous souhaitons mesurer notre impact avec l'appui de l'incubateur.",
    });
    await decideAccompaniment(ctx(actor(supportOwner)), supportId, requested.id, {
      decision: "accept",
      cohort: DEMO_COHORT.cohort,
      startsOn: DEMO_COHORT.startsOn,
      endsOn: DEMO_COHORT.endsOn,
    });
  }
  const evaluationIds = new Map<string, string>();
  for (const demo of DEMO_EVALUATIONS) {
    const organisationId = orgIds.get(demo.organisation);
    if (!organisationId) throw new Error(`demo organisation ${demo.organisation} missing`);
    evaluationIds.set(demo.organisation, await seedEvaluation(ctx(actor(demo.author)), organisationId, demo));
  }
  await seedNetworkFramework(ctx, actor, orgIds, evaluationIds);
  await seedCollections((key) => ctx(actor(key)), orgIds, evaluationIds);
  return { seeded: true, users: DEMO_USERS.length, organisations: DEMO_ORGANISATIONS.length, login: LOGIN };
}

/** Returns the evaluation's id. */
async function seedEvaluation(
  ctx: ServiceContext,
  organisationId: string,
  demo: DemoEvaluation,
): Promise<string> {
  const evaluation = await createEvaluation(ctx, organisationId, {
    title: demo.scope.title,
    subjectKind: demo.scope.subjectKind,
  });
  await updateEvaluationScope(ctx, organisationId, evaluation.id, demo.scope);
  for (const stakeholder of demo.stakeholders)
    await saveStakeholder(ctx, organisationId, evaluation.id, stakeholder);
  let chain: ValueChainView | undefined;
  for (const activity of demo.activities)
    chain = await saveActivity(ctx, organisationId, evaluation.id, activity);
  const idOf = (items: Array<{ id: string; name: string }> | undefined, name: string) => {
    const found = items?.find((item) => item.name === name);
    if (!found) throw new Error(`demo value chain: ${name} missing`);
    return found.id;
  };
  for (const { stakeholder, activity, ...contribution } of demo.contributions) {
    await saveContribution(ctx, organisationId, evaluation.id, {
      ...contribution,
      stakeholderId: idOf(chain?.stakeholders, stakeholder),
      activityId: idOf(chain?.activities, activity),
    });
  }
  const applied = await applyTocTemplate(ctx, organisationId, evaluation.id, {
    templateKey: demo.tocTemplate,
    locale: "fr",
    revision: 0,
  });
  const beneficiaries = idOf(chain?.stakeholders, demo.beneficiaries);
  const graph = {
    ...applied.graph,
    nodes: applied.graph.nodes.map((node) =>
      OUTCOME_NODE_TYPES.includes(node.type) ? { ...node, stakeholderIds: [beneficiaries] } : node,
    ),
  };
  await saveTheoryOfChange(ctx, organisationId, evaluation.id, { graph, revision: applied.revision });
  await saveTocVersion(ctx, organisationId, evaluation.id, { label: "Validée en comité de pilotage" });
  const measurable = new Set(graph.nodes.filter((n) => isMeasurableNodeType(n.type)).map((n) => n.id));
  const suggested = Object.fromEntries(
    Object.entries(applied.suggestedIndicators).filter(([nodeId]) => measurable.has(nodeId)),
  );
  await seedFramework(ctx, organisationId, evaluation.id, suggested);
  for (const step of demo.stepsDone) {
    await updateEvaluationStep(ctx, organisationId, evaluation.id, step, {
      status: "done",
      checked: STEP_GUIDANCE[step].checklist.map((item) => item.key),
    });
  }
  await updateEvaluationStep(ctx, organisationId, evaluation.id, demo.stepInProgress, {
    status: "in_progress",
    checked: STEP_GUIDANCE[demo.stepInProgress].checklist.slice(0, 2).map((item) => item.key),
  });
  return evaluation.id;
}

/**
 * The federation builds its common framework in an evaluation of its own and publishes it; the
 * member cooperatives of the demo adopt it in their evaluation, whose own indicators stay.
 */
async function seedNetworkFramework(
  ctx: (actor: Actor) => ServiceContext,
  actor: (key: string) => Actor,
  orgIds: Map<string, string>,
  evaluationIds: Map<string, string>,
): Promise<void> {
  const demo = DEMO_NETWORK_FRAMEWORK;
  const networkId = orgIds.get(demo.organisation);
  if (!networkId) throw new Error(`demo organisation ${demo.organisation} missing`);
  const author = ctx(actor(demo.author));
  const evaluation = await createEvaluation(author, networkId, {
    title: demo.title,
    subjectKind: "programme",
  });
  const scoped = await updateEvaluationScope(author, networkId, evaluation.id, {
    questions: demo.questions.map((q) => ({ text: q.text })),
  });
  const codes = demo.questions.flatMap((q) => q.criteria.flatMap((c) => c.indicators));
  const definitions = await author.db
    .select({ id: indicatorDefinitions.id, code: indicatorDefinitions.code })
    .from(indicatorDefinitions)
    .where(and(inArray(indicatorDefinitions.code, codes), eq(indicatorDefinitions.scope, "public")));
  for (const [index, question] of demo.questions.entries()) {
    const questionId = scoped.questions[index]?.id;
    if (!questionId) throw new Error("demo network framework: question missing");
    for (const criterion of question.criteria) {
      const framework = await addCriterion(author, networkId, evaluation.id, {
        questionId,
        kind: criterion.kind,
        label: criterion.label,
      });
      const criteria = framework.questions.find((q) => q.id === questionId)?.criteria ?? [];
      const criterionId = criteria[criteria.length - 1]?.id ?? null;
      for (const code of criterion.indicators) {
        const definition = definitions.find((d) => d.code === code);
        if (!definition) throw new Error(`demo network framework: built-in ${code} missing`);
        await addFrameworkIndicator(author, networkId, evaluation.id, {
          indicatorId: definition.id,
          criterionId,
        });
      }
    }
  }
  const published = await publishNetworkFramework(author, networkId, evaluation.id, {
    name: demo.name,
    description: demo.description,
    changeNote: demo.changeNote,
  });
  for (const key of demo.adoptedBy) {
    const organisationId = orgIds.get(key);
    const evaluationId = evaluationIds.get(key);
    const owner = DEMO_ORGANISATIONS.find((o) => o.key === key)?.owner;
    if (!organisationId || !evaluationId || !owner) throw new Error(`demo adoption by ${key}: missing`);
    await adoptNetworkFramework(ctx(actor(owner)), organisationId, evaluationId, {
      networkFrameworkId: published.networkFramework.id,
    });
  }
}

const CRITERIA = ["effectiveness", "impact", "relevance", "efficiency"] as const;

/**
 * The framework of a demo evaluation: one criterion per question, and the indicators the
 * template suggests for its outcomes, with baselines and targets where the demo has them.
 */
async function seedFramework(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  suggested: Record<string, string[]>,
): Promise<void> {
  let framework = await getFramework(ctx, organisationId, evaluationId);
  for (const [index, question] of framework.questions.entries()) {
    framework = await addCriterion(ctx, organisationId, evaluationId, {
      questionId: question.id,
      kind: CRITERIA[index % CRITERIA.length] ?? "effectiveness",
    });
  }
  const criteria = framework.questions.flatMap((q) => q.criteria);
  const nodesByCode = new Map<string, string[]>();
  for (const [nodeId, codes] of Object.entries(suggested)) {
    for (const code of codes) nodesByCode.set(code, [...(nodesByCode.get(code) ?? []), nodeId]);
  }
  const definitions = await ctx.db
    .select({ id: indicatorDefinitions.id, code: indicatorDefinitions.code })
    .from(indicatorDefinitions)
    .where(inArray(indicatorDefinitions.code, [...nodesByCode.keys()]));
  for (const [index, [code, nodeIds]] of [...nodesByCode.entries()].entries()) {
    const definition = definitions.find((d) => d.code === code);
    if (!definition) continue;
    const measured = index % 3 !== 2;
    await addFrameworkIndicator(ctx, organisationId, evaluationId, {
      indicatorId: definition.id,
      criterionId: criteria[index % Math.max(criteria.length, 1)]?.id ?? null,
      outcomeNodeIds: nodeIds,
      baselineValue: measured ? String(35 + ((index * 7) % 25)) : null,
      baselineDate: measured ? "2025-01-31" : null,
      baselineNote: measured
        ? "Enquête de début de parcours, janvier 2025"
        : "À mesurer lors de la première vague de collecte",
      targetValue: measured ? String(55 + ((index * 7) % 25)) : null,
      targetDate: measured ? "2026-12-31" : null,
    });
  }
}
