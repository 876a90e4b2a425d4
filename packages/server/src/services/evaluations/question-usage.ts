import { type Db, frameworkCriteria } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { inArray } from "drizzle-orm";

/** A question that carries framework criteria cannot be removed silently with them. */
export async function assertQuestionsRemovable(
  tx: Db,
  removed: ReadonlyArray<{ id: string; text: string }>,
): Promise<void> {
  if (removed.length === 0) return;
  const [used] = await tx
    .select({ questionId: frameworkCriteria.questionId })
    .from(frameworkCriteria)
    .where(
      inArray(
        frameworkCriteria.questionId,
        removed.map((q) => q.id),
      ),
    )
    .limit(1);
  const question = used && removed.find((q) => q.id === used.questionId);
  if (question) throw new AppError("QUESTION_IN_USE", { question: question.text });
}
