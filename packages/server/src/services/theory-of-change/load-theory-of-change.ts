import { type Db, theoriesOfChange } from "@ricochet/db";
import { type TocGraph, ZTocGraph } from "@ricochet/domain";
import { eq } from "drizzle-orm";

export interface TheoryOfChangeState {
  graph: TocGraph;
  revision: number;
  templateKey: string | null;
  updatedAt: string | null;
}

/** The evaluation's working graph; an evaluation that has none yet has an empty one. */
export async function loadTheoryOfChange(db: Db, evaluationId: string): Promise<TheoryOfChangeState> {
  const [row] = await db
    .select()
    .from(theoriesOfChange)
    .where(eq(theoriesOfChange.evaluationId, evaluationId));
  if (!row) return { graph: { nodes: [], edges: [] }, revision: 0, templateKey: null, updatedAt: null };
  return {
    graph: ZTocGraph.parse(row.graph),
    revision: row.revision,
    templateKey: row.templateKey,
    updatedAt: row.updatedAt.toISOString(),
  };
}
