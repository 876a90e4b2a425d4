import { organisations, users } from "@ricochet/db";
import { AppError, buildTree, ORGANISATION_KIND_LABELS, type OrganisationKind } from "@ricochet/domain";
import { createOrganisation, listAllOrganisations, type OrganisationView } from "@ricochet/server";
import type { Command } from "commander";
import { eq, or } from "drizzle-orm";
import { withRuntime } from "../cli-context.ts";
import { formatTree } from "../format-tree.ts";

export function registerOrganisationCommands(program: Command) {
  const org = program.command("org").description("Organisations");

  org
    .command("create")
    .description("Crée une organisation / create an organisation")
    .requiredOption("--name <name>")
    .requiredOption(
      "--kind <kind>",
      "network | regional_body | structure | establishment | support_organisation",
    )
    .option("--parent <idOrSlug>", "organisation parente / parent organisation")
    .option("--owner <email>", "propriétaire / owner")
    .option("--territory <territory>")
    .option("--tags <tags>", "étiquettes séparées par des virgules / comma-separated sector tags")
    .action(
      (options: {
        name: string;
        kind: string;
        parent?: string;
        owner?: string;
        territory?: string;
        tags?: string;
      }) =>
        withRuntime(async (_runtime, ctx) => {
          let parentId: string | null = null;
          if (options.parent) {
            const [parent] = await ctx.db
              .select({ id: organisations.id })
              .from(organisations)
              .where(or(eq(organisations.id, options.parent), eq(organisations.slug, options.parent)));
            if (!parent) throw new AppError("ORGANISATION_NOT_FOUND");
            parentId = parent.id;
          }
          let ownerUserId: string | undefined;
          if (options.owner) {
            const [owner] = await ctx.db
              .select({ id: users.id })
              .from(users)
              .where(eq(users.email, options.owner.toLowerCase()));
            if (!owner) throw new AppError("USER_NOT_FOUND", { email: options.owner });
            ownerUserId = owner.id;
          }
          const created = await createOrganisation(
            ctx,
            {
              name: options.name,
              kind: options.kind as OrganisationKind,
              parentId,
              territory: options.territory,
              sectorTags: options.tags
                ? options.tags
                    .split(",")
                    .map((t) => t.trim())
                    .filter(Boolean)
                : [],
            },
            { ownerUserId },
          );
          console.log(`Organisation créée / created: ${created.name} (${created.slug}, ${created.id})`);
        }),
    );

  org
    .command("list")
    .description("Liste les organisations / list organisations")
    .option("--json", "sortie JSON / JSON output")
    .action((options: { json?: boolean }) =>
      withRuntime(async (_runtime, ctx) => {
        const all = await listAllOrganisations(ctx);
        if (options.json) return console.log(JSON.stringify(all, null, 2));
        for (const o of all) {
          console.log(`${o.id}  ${o.slug.padEnd(40)}  ${o.kind.padEnd(21)}  ${o.name}`);
        }
        console.log(`${all.length} organisation(s)`);
      }),
    );

  org
    .command("tree")
    .argument("[idOrSlug]", "racine à afficher / root to show (default: every tree)")
    .description("Affiche l'arborescence / print the organisation tree")
    .action((idOrSlug?: string) =>
      withRuntime(async (_runtime, ctx) => {
        const all = await listAllOrganisations(ctx);
        let nodes: OrganisationView[] = all;
        if (idOrSlug) {
          const root = all.find((o) => o.id === idOrSlug || o.slug === idOrSlug);
          if (!root) throw new AppError("ORGANISATION_NOT_FOUND");
          const byId = new Map(all.map((o) => [o.id, o]));
          nodes = all.filter((o) => {
            for (
              let cur: OrganisationView | undefined = o;
              cur;
              cur = cur.parentId ? byId.get(cur.parentId) : undefined
            ) {
              if (cur.id === root.id) return true;
            }
            return false;
          });
          nodes = nodes.map((o) => (o.id === root.id ? { ...o, parentId: null } : o));
        }
        const tree = buildTree(nodes, (a, b) => a.name.localeCompare(b.name, "fr"));
        console.log(
          formatTree(
            tree,
            (o) =>
              `${o.name}  [${ORGANISATION_KIND_LABELS[o.kind].fr}]${o.territory ? ` — ${o.territory}` : ""}`,
          ),
        );
      }),
    );
}
