import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

describe("ricochet CLI", () => {
  it("seeds, prints the tree, creates users and organisations, backs up and restores", () => {
    const dir = mkdtempSync(join(tmpdir(), "ricochet-cli-"));
    const data = join(dir, "data");
    const seed = ricochet(data, "seed", "demo");
    expect(seed.out).toContain("Démo créée");
    const tree = ricochet(data, "org", "tree", "federation-cooperer-ensemble");
    expect(tree.out).toContain("Fédération Coopérer Ensemble");
    expect(tree.out).toContain("│   ├── CAE Les Ateliers du Vercors");
    expect(tree.out).not.toContain("Incubateur");

    const weak = ricochet(data, "user", "create", "--email", "a@b.fr", "--name", "A", "--password", "court");
    expect(weak.code).toBe(1);
    expect(weak.err).toContain("WEAK_PASSWORD");
    const user = ricochet(
      data,
      "user",
      "create",
      "--email",
      "marie@exemple.fr",
      "--name",
      "Marie",
      "--password",
      "Tres-Bon-Mot-2026",
    );
    expect(user.out).toContain("Compte créé");
    const org = ricochet(
      data,
      "org",
      "create",
      "--name",
      "Nouvelle CAE",
      "--kind",
      "structure",
      "--parent",
      "cooperer-ensemble-occitanie",
      "--owner",
      "marie@exemple.fr",
      "--tags",
      "CAE,culture",
    );
    expect(org.code, org.err).toBe(0);

    const library = join(dir, "library.csv");
    const exported = ricochet(data, "indicators", "export", library, "--org", "nouvelle-cae", "--all");
    expect(exported.out).toMatch(/Exporté \/ exported: \d+ indicateurs/);
    const mine = join(dir, "mine.json");
    writeFileSync(
      mine,
      JSON.stringify([
        {
          code: "CAE-CULTURE-1",
          name: { fr: "Spectacles produits", en: "Shows produced" },
          definition: {
            fr: "Nombre de spectacles produits dans l'année.",
            en: "Shows produced in the year.",
          },
          type: "count",
          unit: { fr: "spectacles", en: "shows" },
          direction: "higher_is_better",
          source: { fr: "Registre", en: "Register" },
          collectionMethod: "administrative_records",
          frequency: "yearly",
          impDimension: "how_much",
        },
        { code: "EMP-SORTIE-DYN", name: { fr: "Doublon" } },
      ]),
    );
    const refused = ricochet(data, "indicators", "import", mine, "--org", "nouvelle-cae");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("IMPORT_INVALID");
    expect(refused.err).toContain("ligne #2 / row #2");

    const file = join(dir, "backup.jsonl.gz");
    expect(exported.code).toBe(0);
    expect(ricochet(data, "backup", file).out).toContain("Sauvegarde écrite");
    const copy = join(dir, "copy");
    expect(ricochet(copy, "migrate").out).toContain("Base à jour");
    expect(ricochet(copy, "restore", file).out).toContain("Restauration terminée");
    expect(ricochet(copy, "org", "list").out).toContain("nouvelle-cae");
    const notEmpty = ricochet(copy, "restore", file);
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.err).toContain("BACKUP_TARGET_NOT_EMPTY");
    const bad = join(dir, "bad.gz");
    writeFileSync(bad, "nope");
    const corrupt = ricochet(join(dir, "empty"), "restore", bad);
    expect(corrupt.code).toBe(1);
    expect(corrupt.err).toContain("Rien n'a été restauré");
  }, 300_000);
});
