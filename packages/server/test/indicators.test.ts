import { evaluations, frameworkIndicators } from "@ricochet/db";
import { BUILT_IN_INDICATORS } from "@ricochet/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let networkOwner: Client;
let memberOwner: Client;
let evaluator: Client;
let outsider: Client;
let networkId: string;
let memberId: string;
let outsiderOrgId: string;

const own = (name: string, code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: { fr: name, en: `${name} (en)` },
  definition: {
    fr: `Nombre de ${name.toLowerCase()} sur l'année civile.`,
    en: `Number of ${name} over the calendar year.`,
  },
  type: "count",
  unit: { fr: "personnes", en: "people" },
  direction: "higher_is_better",
  source: { fr: "Registre de l'association", en: "Association register" },
  collectionMethod: "administrative_records",
  frequency: "yearly",
  disaggregations: ["gender"],
  sectors: ["food"],
  impDimension: "how_much",
  tags: ["alimentation"],
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  networkOwner = await t.signUp("Réseau Admin");
  memberOwner = await t.signUp("Membre Propriétaire");
  evaluator = await t.signUp("Évaluatrice Réseau");
  outsider = await t.signUp("Autre Arbre");
  networkId = (
    await json(
      await networkOwner.post("/api/v1/organisations", { name: "Réseau des épiceries", kind: "network" }),
    )
  ).id;
  const member = await json(
    await networkOwner.post("/api/v1/organisations", {
      name: "Épicerie du Lac",
      kind: "structure",
      parentId: networkId,
    }),
  );
  memberId = member.id;
  const invite = await json(
    await networkOwner.post(`/api/v1/organisations/${memberId}/invitations`, { role: "owner" }),
  );
  await memberOwner.post(`/api/v1/invitations/${invite.token}/accept`);
  const evalInvite = await json(
    await networkOwner.post(`/api/v1/organisations/${networkId}/invitations`, { role: "evaluator" }),
  );
  await evaluator.post(`/api/v1/invitations/${evalInvite.token}/accept`);
  outsiderOrgId = (
    await json(await outsider.post("/api/v1/organisations", { name: "Autre réseau", kind: "network" }))
  ).id;
});
afterAll(() => t.close());

describe("the built-in library", () => {
  it("ships at least 60 public indicators, searchable in French with stemming and accents folded", async () => {
    const all = await json(await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?limit=500`));
    expect(all.length).toBe(BUILT_IN_INDICATORS.length);
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.every((i: any) => i.scope === "public" && i.builtIn && !i.editable)).toBe(true);

    const hits = await json(
      await memberOwner.get(
        `/api/v1/organisations/${memberId}/indicators?q=${encodeURIComponent("emplois durables")}`,
      ),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.slice(0, 5).some((i: any) => i.code.startsWith("EMP-"))).toBe(true);
    const noAccent = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?q=benevoles`),
    );
    expect(noAccent.some((i: any) => i.code.startsWith("BEN-"))).toBe(true);
    const byCode = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?q=EMP-SORTIE`),
    );
    expect(byCode.map((i: any) => i.code)).toContain("EMP-SORTIE-DYN");

    const generic = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?sector=generic&limit=500`),
    );
    expect(generic.length).toBeGreaterThanOrEqual(10);
    expect(generic.every((i: any) => i.content.sectors.length === 0)).toBe(true);
    const risk = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?dimension=risk&sector=health`),
    );
    expect(
      risk.every((i: any) => i.content.impDimension === "risk" && i.content.sectors.includes("health")),
    ).toBe(true);
    const bad = await memberOwner.request(
      "GET",
      `/api/v1/organisations/${memberId}/indicators?sector=astrology`,
      undefined,
      { "accept-language": "en" },
    );
    expect(bad.status).toBe(400);
  });

  it("is read-only: a built-in cannot be changed or deleted", async () => {
    const [first] = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?q=EMP-SORTIE-DYN`),
    );
    const { code: _code, ...content } = first.content;
    const put = await memberOwner.request(
      "PUT",
      `/api/v1/organisations/${memberId}/indicators/${first.id}`,
      content,
      { "accept-language": "fr" },
    );
    expect(put.status).toBe(403);
    expect((await json(put)).code).toBe("INDICATOR_READ_ONLY");
    expect(
      (await memberOwner.delete(`/api/v1/organisations/${memberId}/indicators/${first.id}`)).status,
    ).toBe(403);
  });
});

describe("scopes: private, shared with the network, public", () => {
  it("shares a network definition with every descendant, keeps a private one to its owner", async () => {
    const shared = await networkOwner.post(`/api/v1/organisations/${networkId}/indicators`, {
      ...own("Paniers distribués", "RES-PANIERS"),
      scope: "network",
    });
    expect(shared.status).toBe(201);
    const secret = await json(
      await networkOwner.post(`/api/v1/organisations/${networkId}/indicators`, own("Dons reçus", "RES-DONS")),
    );
    const seenByMember = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?scope=network`),
    );
    expect(seenByMember.map((i: any) => i.code)).toEqual(["RES-PANIERS"]);
    expect(seenByMember[0]).toMatchObject({ ownerName: "Réseau des épiceries", editable: false });
    expect((await memberOwner.get(`/api/v1/organisations/${memberId}/indicators/${secret.id}`)).status).toBe(
      404,
    );
    const seenOutside = await json(
      await outsider.get(`/api/v1/organisations/${outsiderOrgId}/indicators?q=paniers`),
    );
    expect(seenOutside).toEqual([]);
  });

  it("refuses a code already visible in scope, and sharing by a non-admin", async () => {
    const clash = await memberOwner.request(
      "POST",
      `/api/v1/organisations/${memberId}/indicators`,
      own("Paniers", "res-paniers"),
      { "accept-language": "fr" },
    );
    expect(clash.status).toBe(409);
    expect((await json(clash)).detail).toBe(
      "Le code « RES-PANIERS » est déjà utilisé par un indicateur visible ici (Réseau des épiceries). Choisissez un autre code.",
    );
    const builtInClash = await memberOwner.post(
      `/api/v1/organisations/${memberId}/indicators`,
      own("X", "EMP-SORTIE-DYN"),
    );
    expect((await json(builtInClash)).code).toBe("INDICATOR_CODE_TAKEN");
    // The member keeps a private code; the network may not then share the same code over it.
    await memberOwner.post(`/api/v1/organisations/${memberId}/indicators`, own("Repas servis", "LAC-REPAS"));
    const shadow = await networkOwner.post(`/api/v1/organisations/${networkId}/indicators`, {
      ...own("Repas", "LAC-REPAS"),
      scope: "network",
    });
    expect((await json(shadow)).code).toBe("INDICATOR_CODE_TAKEN");
    const notAdmin = await evaluator.post(`/api/v1/organisations/${networkId}/indicators`, {
      ...own("Bénévoles", "RES-BEN"),
      scope: "network",
    });
    expect(notAdmin.status).toBe(403);
    expect(
      (await evaluator.post(`/api/v1/organisations/${networkId}/indicators`, own("Bénévoles", "RES-BEN")))
        .status,
    ).toBe(201);
  });
});

describe("versions", () => {
  it("corrects an unused definition in place, versions a used one, and keeps a used one from deletion", async () => {
    const created = await json(
      await memberOwner.post(
        `/api/v1/organisations/${memberId}/indicators`,
        own("Familles aidées", "LAC-FAMILLES"),
      ),
    );
    const { code: _c, ...content } = created.content;
    const fixed = await json(
      await memberOwner.request("PUT", `/api/v1/organisations/${memberId}/indicators/${created.id}`, {
        ...content,
        unit: { fr: "foyers", en: "households" },
      }),
    );
    expect(fixed).toMatchObject({ version: 1, newVersion: false, content: { unit: { fr: "foyers" } } });

    // An evaluation pins version 1.
    const evaluation = await json(
      await memberOwner.post(`/api/v1/organisations/${memberId}/evaluations`, { title: "Évaluation du lac" }),
    );
    await t.database.db.insert(frameworkIndicators).values({
      id: "pin-1",
      evaluationId: evaluation.id,
      organisationId: memberId,
      indicatorVersionId: created.versionId,
      position: 0,
    });
    const versioned = await json(
      await memberOwner.request("PUT", `/api/v1/organisations/${memberId}/indicators/${created.id}`, {
        ...content,
        definition: {
          fr: "Foyers aidés au moins une fois dans l'année.",
          en: "Households helped at least once a year.",
        },
        changeNote: "Compter les foyers, pas les personnes",
      }),
    );
    expect(versioned).toMatchObject({ version: 2, currentVersion: 2, newVersion: true });
    const detail = await json(
      await memberOwner.get(`/api/v1/organisations/${memberId}/indicators/${created.id}`),
    );
    expect(detail.versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(detail.usage).toEqual({ evaluations: 1 });
    const del = await memberOwner.request(
      "DELETE",
      `/api/v1/organisations/${memberId}/indicators/${created.id}`,
      undefined,
      {
        "accept-language": "en",
      },
    );
    expect(del.status).toBe(409);
    expect((await json(del)).code).toBe("INDICATOR_IN_USE");
    await t.database.db.delete(evaluations);
    expect(
      (await memberOwner.delete(`/api/v1/organisations/${memberId}/indicators/${created.id}`)).status,
    ).toBe(204);
  });
});

describe("import and export", () => {
  const header =
    "code;name_fr;name_en;definition_fr;definition_en;type;unit_fr;unit_en;direction;source_fr;source_en;collection_method;question_fr;question_en;frequency;disaggregations;sectors;imp_dimension;tags;iris_id;iris_version";
  const row = (code: string, type = "proportion") =>
    `${code};Part des familles satisfaites;Share of satisfied families;Familles « satisfaites » / familles interrogées;Satisfied / asked;${type};%;%;higher_is_better;Questionnaire;Survey;questionnaire;Êtes-vous satisfait ?;Are you satisfied?;yearly;gender|age_band;food;what;satisfaction|familles;;`;

  it("reports every bad row with its line and imports nothing, then imports all once fixed", async () => {
    const bad = [
      header,
      row("LAC-SAT-1"),
      row("LAC-SAT-1"),
      row("LAC-SAT-2", "magic"),
      row("EMP-SORTIE-DYN"),
    ].join("\n");
    const refused = await memberOwner.request(
      "POST",
      `/api/v1/organisations/${memberId}/indicators/import`,
      { format: "csv", content: `\uFEFF${bad}` },
      { "accept-language": "fr" },
    );
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("IMPORT_INVALID");
    expect(problem.errors.map((e: any) => e.path)).toEqual([
      "ligne 3 / row 3 · code",
      "ligne 4 / row 4 · type",
      "ligne 5 / row 5 · code",
    ]);
    expect(problem.errors[0].message).toBe("Le code « LAC-SAT-1 » apparaît déjà ligne 2.");
    const none = await json(await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?q=LAC-SAT`));
    expect(none).toEqual([]);

    const dry = await json(
      await memberOwner.post(`/api/v1/organisations/${memberId}/indicators/import`, {
        format: "csv",
        content: [header, row("LAC-SAT-1"), row("LAC-SAT-2")].join("\r\n"),
        dryRun: true,
      }),
    );
    expect(dry).toEqual({ rows: 2, imported: 0, dryRun: true, codes: ["LAC-SAT-1", "LAC-SAT-2"] });
    const done = await json(
      await memberOwner.post(`/api/v1/organisations/${memberId}/indicators/import`, {
        format: "csv",
        content: [header, row("LAC-SAT-1"), row("LAC-SAT-2")].join("\r\n"),
      }),
    );
    expect(done.imported).toBe(2);
    const wrongColumns = await memberOwner.request(
      "POST",
      `/api/v1/organisations/${memberId}/indicators/import`,
      { format: "csv", content: "code,nom\nX-1,Truc\n" },
      { "accept-language": "en" },
    );
    const wrong = await json(wrongColumns);
    expect(wrong.errors[0].message).toMatch(/^Missing columns: name_fr, name_en/);
    expect(wrong.errors[1].message).toBe("Unknown columns: nom");
  });

  it("round-trips the organisation's own definitions through CSV and JSON", async () => {
    for (const format of ["csv", "json"] as const) {
      const exported = await memberOwner.get(
        `/api/v1/organisations/${memberId}/indicators/export?format=${format}`,
      );
      expect(exported.status).toBe(200);
      expect(exported.headers.get("content-disposition")).toContain(`indicateurs-`);
      const text = await exported.text();
      const ownIndicators = await json(
        await memberOwner.get(`/api/v1/organisations/${memberId}/indicators?limit=500`),
      );
      const mine = ownIndicators.filter((i: any) => i.organisationId === memberId).map((i: any) => i.content);
      // Into an organisation of another tree, where none of these codes exist.
      const target = await json(
        await outsider.post("/api/v1/organisations", { name: `Cible ${format}`, kind: "structure" }),
      );
      const imported = await json(
        await outsider.post(`/api/v1/organisations/${target.id}/indicators/import`, {
          format,
          content: text,
        }),
      );
      expect(imported.imported).toBe(mine.length);
      const back = await json(
        await outsider.get(`/api/v1/organisations/${target.id}/indicators?scope=private&limit=500`),
      );
      const strip = (c: any) =>
        JSON.parse(
          JSON.stringify({
            ...c,
            questionWording: c.questionWording ?? null,
            irisId: c.irisId ?? null,
            irisVersion: c.irisVersion ?? null,
          }),
        );
      expect(
        back.map((i: any) => strip(i.content)).sort((a: any, b: any) => a.code.localeCompare(b.code)),
      ).toEqual(mine.map(strip).sort((a: any, b: any) => a.code.localeCompare(b.code)));
    }
  });
});
