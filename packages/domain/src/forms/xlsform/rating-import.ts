import type { RatingScale } from "../questionnaire-model.ts";
import type { ImportContext } from "./import-context.ts";
import { short, t } from "./issues.ts";
import { filled, readParameters } from "./row-fields.ts";
import type { RowReader } from "./row-reader.ts";

/** Ricochet draws a button per step: a whole number within reason. */
const LIMIT = 100;

/** ODK's own defaults when `range` has no parameters. */
const DEFAULT_START = 1;
const DEFAULT_END = 10;

/** A `range` question's scale, from its `start`/`end` parameters; Ricochet scales step by 1. */
export function readRatingScale(reader: RowReader, ctx: ImportContext, name: string): RatingScale {
  const { log } = ctx;
  const parameters = readParameters(reader, log, name, ["start", "end", "step"]);
  const bound = (key: "start" | "end", fallback: number): number => {
    const text = parameters.get(key);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (text !== "" && Number.isInteger(value) && Math.abs(value) <= LIMIT) return value;
    log.error(
      reader.at("parameters"),
      t(
        `le paramètre « ${key}=${short(text)} » de « ${name} » doit être un nombre entier entre -${LIMIT} et ${LIMIT}, par exemple « start=0 end=10 ».`,
        `the “${key}=${short(text)}” parameter of “${name}” must be a whole number between -${LIMIT} and ${LIMIT}, for example “start=0 end=10”.`,
      ),
    );
    return fallback;
  };
  let min = bound("start", DEFAULT_START);
  let max = bound("end", DEFAULT_END);
  const step = parameters.get("step");
  if (step !== undefined && Number(step) !== 1) {
    log.loss(
      reader.at("parameters"),
      t(
        `le pas « step=${short(step)} » de « ${name} » n'est pas repris : les échelles de Ricochet avancent de 1 en 1.`,
        `the “step=${short(step)}” of “${name}” is not kept: Ricochet scales go up one by one.`,
      ),
    );
  }
  if (min > max) {
    log.loss(
      reader.at("parameters"),
      t(
        `l'échelle de « ${name} » va de ${min} à ${max} : Ricochet la présente de ${max} à ${min}.`,
        `the scale of “${name}” goes from ${min} to ${max}: Ricochet shows it from ${max} to ${min}.`,
      ),
    );
    [min, max] = [max, min];
  }
  const scale: RatingScale = { min, max };
  const minLabel = filled(reader.texts("ricochet_rating_min_label"));
  if (minLabel) scale.minLabel = minLabel;
  const maxLabel = filled(reader.texts("ricochet_rating_max_label"));
  if (maxLabel) scale.maxLabel = maxLabel;
  return scale;
}
