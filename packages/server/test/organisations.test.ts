import { organisations } from "@ricochet/db";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Claire Dubois");
});
afterAll(() => t.close());

async function create(client: Client, body: Record<string, unknown>) {
  const response = await client.post("/api/v1/organisations", body);
  expect(response.status, await response.clone().text()).toBe(201);
  return json(response);
}

describe("organisations and their tree", () => {
  it("creates a network, its regions and members, and lists the subtree", async () => {
    const network = await create(owner, { name: "Réseau Alpha", kind: "network", sectorTags: ["CAE"] });
    const region = await create(owner, { name: "Alpha Sud", kind: "regional_body", parentId: network.id });
    const member = await create(owner, {
      name: "CAE Une",
      kind: "structure",
      parentId: region.id,
      territory: "Gard (30)",
    });
    expect(member.rootId).toBe(network.id);
    expect(member.depth).toBe(2);
    const tree = await json(await owner.get(`/api/v1/organisations/${network.id}/tree`));
    expect(tree.nodes.map((n: any) => n.name)).toEqual(
      expect.arrayContaining(["Réseau Alpha", "Alpha Sud", "CAE Une"]),
    );
    const sub = await json(await owner.get(`/api/v1/organisations/${member.id}/tree`));
    expect(sub.ancestors.map((a: any) => a.name)).toEqual(["Réseau Alpha", "Alpha Sud"]);
    expect(sub.nodes).toHaveLength(1);
  });

  it("gives unique slugs and refuses a taken explicit slug", async () => {
    const a = await create(owner, { name: "Atelier Vert", kind: "structure" });
    const b = await create(owner, { name: "Atelier Vert", kind: "structure" });
    expect(a.slug).toBe("atelier-vert");
    expect(b.slug).toBe("atelier-vert-2");
    const clash = await owner.post("/api/v1/organisations", {
      name: "Autre atelier",
      kind: "structure",
      slug: "atelier-vert",
    });
    expect(clash.status).toBe(409);
    expect((await json(clash)).code).toBe("SLUG_TAKEN");
  });

  it("edits kind, tags and territory, keeping kinds consistent with the tree", async () => {
    const network = await create(owner, { name: "Réseau Bêta", kind: "network" });
    const structure = await create(owner, { name: "Structure B", kind: "structure", parentId: network.id });
    await create(owner, { name: "Antenne B", kind: "establishment", parentId: structure.id });
    const edited = await owner.patch(`/api/v1/organisations/${structure.id}`, {
      sectorTags: ["insertion", "réemploi"],
      territory: "Drôme (26)",
    });
    expect(edited.status).toBe(200);
    expect((await json(edited)).sectorTags).toEqual(["insertion", "réemploi"]);
    // A structure holding an establishment cannot become a regional body.
    const bad = await owner.patch(`/api/v1/organisations/${structure.id}`, { kind: "regional_body" });
    expect(bad.status).toBe(409);
    expect((await json(bad)).code).toBe("TREE_KIND_MISMATCH");
    const establishmentAtRoot = await owner.post("/api/v1/organisations", {
      name: "Seule",
      kind: "establishment",
    });
    expect(establishmentAtRoot.status).toBe(400);
  });

  it("moves a whole subtree and keeps every path, root and depth consistent", async () => {
    const n1 = await create(owner, { name: "Réseau Un", kind: "network" });
    const n2 = await create(owner, { name: "Réseau Deux", kind: "network" });
    const region = await create(owner, { name: "Région", kind: "regional_body", parentId: n1.id });
    const structure = await create(owner, { name: "Structure", kind: "structure", parentId: region.id });
    const establishment = await create(owner, {
      name: "Établissement",
      kind: "establishment",
      parentId: structure.id,
    });

    const moved = await owner.post(`/api/v1/organisations/${region.id}/move`, { parentId: n2.id });
    expect(moved.status).toBe(200);
    const rows = await t.database.db.select().from(organisations).orderBy(asc(organisations.path));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      const parent = row.parentId ? byId.get(row.parentId) : undefined;
      expect(row.path).toBe(`${parent?.path ?? "/"}${row.id}/`);
      expect(row.depth).toBe(parent ? parent.depth + 1 : 0);
      expect(row.rootId).toBe(parent ? parent.rootId : row.id);
    }
    expect(byId.get(establishment.id)?.rootId).toBe(n2.id);
    const n1Tree = await json(await owner.get(`/api/v1/organisations/${n1.id}/tree`));
    expect(n1Tree.nodes).toHaveLength(1);
    const n2Tree = await json(await owner.get(`/api/v1/organisations/${n2.id}/tree`));
    expect(n2Tree.nodes).toHaveLength(4);
  });

  it("refuses a move that would create a cycle, and changes nothing", async () => {
    const network = await create(owner, { name: "Réseau Cycle", kind: "network" });
    const child = await create(owner, { name: "Sous-réseau", kind: "network", parentId: network.id });
    const before = await t.database.db.select().from(organisations).orderBy(asc(organisations.id));
    const response = await owner.request(
      "POST",
      `/api/v1/organisations/${network.id}/move`,
      { parentId: child.id },
      {
        "accept-language": "en",
      },
    );
    expect(response.status).toBe(409);
    const problem = await json(response);
    expect(problem.code).toBe("TREE_CYCLE");
    expect(problem.title).toContain("loop");
    const self = await owner.post(`/api/v1/organisations/${network.id}/move`, { parentId: network.id });
    expect((await json(self)).code).toBe("TREE_CYCLE");
    const after = await t.database.db.select().from(organisations).orderBy(asc(organisations.id));
    expect(after).toEqual(before);
  });

  it("lets a network admin manage descendants' structure but not read their members", async () => {
    const network = await create(owner, { name: "Réseau Gamma", kind: "network" });
    const memberOwner = await t.signUp("Owner of member");
    const member = await create(memberOwner, { name: "Structure indépendante", kind: "structure" });
    // The structure owner cannot attach itself under a network it does not administer.
    const denied = await memberOwner.post(`/api/v1/organisations/${member.id}/move`, {
      parentId: network.id,
    });
    expect(denied.status).toBe(404);
    // Created by the network: the network admin manages it.
    const child = await create(owner, { name: "Membre Gamma", kind: "structure", parentId: network.id });
    const stranger = await t.signUp("Stranger");
    const invite = await json(
      await owner.post(`/api/v1/organisations/${network.id}/invitations`, { role: "admin" }),
    );
    await stranger.post(`/api/v1/invitations/${invite.token}/accept`);
    const edit = await stranger.patch(`/api/v1/organisations/${child.id}`, { territory: "Isère (38)" });
    expect(edit.status).toBe(200);
    const read = await json(await stranger.get(`/api/v1/organisations/${child.id}`));
    expect(read.myRole).toBeNull();
    expect(read.inheritedRole).toBe("admin");
    const members = await stranger.get(`/api/v1/organisations/${child.id}/members`);
    expect(members.status).toBe(403);
  });

  it("finds networks in the directory but never structures", async () => {
    await create(owner, { name: "Fédération Delta", kind: "network" });
    await create(owner, { name: "Delta structure privée", kind: "structure" });
    const results = await json(await owner.get("/api/v1/directory?q=delta"));
    expect(results.map((r: any) => r.name)).toEqual(["Fédération Delta"]);
  });
});
