import { type Db, questionnaireVersions } from "@ricochet/db";
import type { CompiledQuestionnaire } from "@ricochet/domain";
import { eq } from "drizzle-orm";

export interface CompiledVersion {
  id: string;
  version: number;
  contentHash: string;
  compiled: CompiledQuestionnaire;
}

// Published versions never change, so a process keeps the ones it read: every submission of a
// busy campaign checks its answers without reading the questionnaire again.
const cache = new Map<string, CompiledVersion>();
const CACHE_SIZE = 200;

export async function loadCompiledVersion(db: Db, versionId: string): Promise<CompiledVersion> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const [row] = await db
    .select({
      id: questionnaireVersions.id,
      version: questionnaireVersions.version,
      contentHash: questionnaireVersions.contentHash,
      compiled: questionnaireVersions.compiled,
    })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, versionId));
  if (!row) throw new Error(`questionnaire version ${versionId} missing`);
  const loaded = { ...row, compiled: row.compiled as unknown as CompiledQuestionnaire };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(versionId, loaded);
  return loaded;
}
