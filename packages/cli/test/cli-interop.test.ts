import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const bin = join(root, "packages/cli/bin.js");

/** Runs the real `ricochet` command on an embedded database in a fresh folder. */
function ricochet(dataDir: string, ...args: string[]) {
  const env: Record<string, string> = { ...process.env, DATA_DIR: dataDir, RICOCHET_LANG: "fr" } as Record<
    string,
    string
  >;
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("ricochet evaluation (CIDS)", () => {
  it("lists the demo evaluations, exports one as CIDS JSON-LD and imports it into another organisation", () => {
    const dir = mkdtempSync(join(tmpdir(), "ricochet-cli-cids-"));
    const data = join(dir, "data");
    expect(ricochet(data, "seed", "demo").out).toContain("Démo créée");

    const list = ricochet(data, "evaluation", "list", "--org", "cae-les-ateliers-du-vercors");
    expect(list.code, list.err).toBe(0);
    const evaluationId = list.out.trim().split(/\s+/)[0] ?? "";
    expect(list.out).toContain("Le parcours entrepreneur-salarié");

    // Without --out the file goes to standard output, alone.
    const printed = ricochet(data, "evaluation", "export", evaluationId, "--format", "cids");
    expect(printed.code, printed.err).toBe(0);
    const document = JSON.parse(printed.out);
    expect(document["@context"][0]).toBe("https://ontology.commonapproach.org/contexts/cidsContext.jsonld");

    const file = join(dir, "parcours.cids.jsonld");
    const written = ricochet(data, "evaluation", "export", evaluationId, "--format", "cids", "--out", file);
    expect(written.code, written.err).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(document);
    const unknown = ricochet(data, "evaluation", "export", evaluationId, "--format", "iati");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("unknown format");

    const imported = ricochet(data, "evaluation", "import", file, "--org", "mobilite-inclusive-isere");
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain("Évaluation importée / evaluation imported");
    const after = ricochet(data, "evaluation", "list", "--org", "mobilite-inclusive-isere");
    expect(after.out).toContain("Le parcours entrepreneur-salarié");

    const refused = ricochet(
      data,
      "evaluation",
      "import",
      join(root, "package.json"),
      "--org",
      "mobilite-inclusive-isere",
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("CIDS_INVALID");
    expect(refused.err).toContain("@context");
  }, 300_000);
});
