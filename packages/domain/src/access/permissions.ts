import type { Role } from "./roles.ts";

/**
 * Every permission of the product, written once. `minRole` is the least powerful role that
 * holds it. `reach` says where a membership counts:
 *  - "own": only a membership in the organisation itself;
 *  - "ownOrAncestor": also a membership in any ancestor (a network administers the structure
 *    of its tree, but never reads its members' data: those permissions stay "own").
 */
export const PERMISSIONS = {
  "organisation.read": { minRole: "viewer", reach: "ownOrAncestor" },
  "organisation.update": { minRole: "admin", reach: "ownOrAncestor" },
  "tree.manage": { minRole: "admin", reach: "ownOrAncestor" },
  "member.read": { minRole: "viewer", reach: "own" },
  "member.invite": { minRole: "admin", reach: "own" },
  "member.updateRole": { minRole: "admin", reach: "own" },
  "member.remove": { minRole: "admin", reach: "own" },
  "audit.read": { minRole: "admin", reach: "own" },
  "joinRequest.create": { minRole: "admin", reach: "own" },
  "joinRequest.decide": { minRole: "admin", reach: "ownOrAncestor" },
  "accompaniment.manage": { minRole: "admin", reach: "own" },
  "cohort.read": { minRole: "viewer", reach: "own" },
  "evaluation.read": { minRole: "viewer", reach: "own" },
  "evaluation.write": { minRole: "evaluator", reach: "own" },
  "evaluation.delete": { minRole: "admin", reach: "own" },
  "indicator.write": { minRole: "evaluator", reach: "own" },
  "indicator.share": { minRole: "admin", reach: "own" },
  "framework.publish": { minRole: "admin", reach: "own" },
  "data.collect": { minRole: "contributor", reach: "own" },
  // Raw answers are personal data: never reached from an ancestor, never by a viewer.
  "submission.read": { minRole: "contributor", reach: "own" },
  "submission.manage": { minRole: "evaluator", reach: "own" },
  "respondent.rights": { minRole: "admin", reach: "own" },
} as const satisfies Record<string, { minRole: Role; reach: "own" | "ownOrAncestor" }>;

export type Permission = keyof typeof PERMISSIONS;
