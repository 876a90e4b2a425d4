import { describe, expect, it } from "vitest";
import { can, canAssignRole, PERMISSIONS, ROLES, roleAtLeast, strongestRole } from "../src/index.ts";

describe("roles and permissions", () => {
  it("orders roles", () => {
    expect(roleAtLeast("owner", "admin")).toBe(true);
    expect(roleAtLeast("viewer", "contributor")).toBe(false);
    expect(strongestRole(["viewer", "admin", "evaluator"])).toBe("admin");
    expect(strongestRole([])).toBeUndefined();
  });

  it("grants own permissions by minimum role", () => {
    expect(can({ own: "admin" }, "member.invite")).toBe(true);
    expect(can({ own: "evaluator" }, "member.invite")).toBe(false);
    expect(can({ own: "evaluator" }, "evaluation.write")).toBe(true);
    expect(can({}, "organisation.read")).toBe(false);
  });

  it("lets an ancestor's admin manage the tree but never read members' data", () => {
    const networkAdmin = { inherited: "admin" as const };
    expect(can(networkAdmin, "tree.manage")).toBe(true);
    expect(can(networkAdmin, "organisation.read")).toBe(true);
    expect(can(networkAdmin, "member.read")).toBe(false);
    expect(can(networkAdmin, "evaluation.read")).toBe(false);
    expect(can(networkAdmin, "audit.read")).toBe(false);
  });

  it("writes every permission with a real role and reach", () => {
    for (const rule of Object.values(PERMISSIONS)) {
      expect(ROLES).toContain(rule.minRole);
      expect(["own", "ownOrAncestor"]).toContain(rule.reach);
    }
  });

  it("keeps the owner role in owners' hands", () => {
    expect(canAssignRole("admin", "viewer", "evaluator")).toBe(true);
    expect(canAssignRole("admin", "viewer", "owner")).toBe(false);
    expect(canAssignRole("admin", "owner", "viewer")).toBe(false);
    expect(canAssignRole("admin", "owner", undefined)).toBe(false);
    expect(canAssignRole("owner", "owner", "viewer")).toBe(true);
  });
});
