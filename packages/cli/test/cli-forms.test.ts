import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { questionnaireToXlsform } from "@ricochet/domain";
import { writeXlsformWorkbook } from "@ricochet/server";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_QUESTIONNAIRE } from "../../server/test/helpers/questionnaire-fixture.ts";

const root = resolve(import.meta.dirname, "../../..");
const bin = join(root, "packages/cli/bin.js");

function ricochet(dataDir: string, ...args: string[]) {
  const env: Record<string, string> = { ...process.env, DATA_DIR: dataDir, RICOCHET_LANG: "fr" } as Record<
    string,
    string
  >;
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("ricochet forms and submissions", () => {
  it("imports an XLSForm, exports it back, and exports a demo campaign's answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ricochet-cli-forms-"));
    const data = join(dir, "data");
    expect(ricochet(data, "seed", "demo").out).toContain("Démo créée");
    const form = join(dir, "suivi.xlsx");
    writeFileSync(form, await writeXlsformWorkbook(questionnaireToXlsform(FOLLOW_UP_QUESTIONNAIRE)));

    const list = ricochet(data, "evaluation", "list", "--org", "cae-les-ateliers-du-vercors");
    const evaluationId = list.out.trim().split(/\s+/)[0] ?? "";
    const imported = ricochet(
      data,
      "forms",
      "import",
      form,
      "--org",
      "cae-les-ateliers-du-vercors",
      "--evaluation",
      evaluationId,
    );
    expect(imported.code, imported.err).toBe(0);
    const questionnaireId = imported.out.trim();
    expect(questionnaireId).toMatch(/^[0-9a-f-]{36}$/);
    expect(imported.err).toContain("Tout a été repris");

    const out = join(dir, "back.xlsx");
    const exported = ricochet(data, "forms", "export", questionnaireId, "--format", "xlsform", "--out", out);
    expect(exported.code, exported.err).toBe(0);
    expect(existsSync(out)).toBe(true);

    const refused = ricochet(
      data,
      "forms",
      "import",
      join(root, "package.json"),
      "--org",
      "cae-les-ateliers-du-vercors",
      "--evaluation",
      evaluationId,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("XLSFORM_INVALID");

    const campaigns = ricochet(data, "campaigns", "list", "--org", "cae-les-ateliers-du-vercors");
    expect(campaigns.code, campaigns.err).toBe(0);
    const line = campaigns.out.split("\n").find((l) => l.includes("baseline/treatment")) ?? "";
    const campaignId = line.split(/\s+/)[0] ?? "";
    const csv = ricochet(data, "submissions", "export", campaignId, "--format", "csv");
    expect(csv.code, csv.err).toBe(0);
    expect(csv.out.split("\r\n").length).toBeGreaterThan(100);
    expect(csv.out).toContain("Quel est votre statut aujourd'hui ?");
    const xlsx = join(dir, "reponses.xlsx");
    const written = ricochet(data, "submissions", "export", campaignId, "--format", "xlsx", "--out", xlsx);
    expect(written.code, written.err).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
    const missing = ricochet(data, "submissions", "export", "inconnue");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("CAMPAIGN_NOT_FOUND");
  }, 300_000);
});
