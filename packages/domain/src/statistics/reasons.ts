import type { Bilingual } from "../i18n/locale.ts";
import { frenchSpacing } from "./french-spacing.ts";

/** Why a result could not be computed. Stable codes: the UI may key help texts on them. */
export type CannotComputeReason =
  | "TOO_FEW_ANSWERS"
  | "NO_VARIATION"
  | "SAME_ANSWER_EVERYWHERE"
  | "EMPTY_CATEGORY"
  | "NO_DISCORDANT_PAIRS"
  | "NO_CHANGE"
  | "ALL_TIED"
  | "REDUNDANT_VARIABLE"
  | "PERFECT_FIT"
  | "EMPTY_DID_GROUP"
  | "NOTHING_TO_DETECT"
  | "NOT_A_NUMBER"
  | "LENGTH_MISMATCH"
  | "INVALID_COUNT"
  | "INVALID_TABLE"
  | "INVALID_OPTION"
  | "NO_SOLUTION"
  | "OUT_OF_RANGE";

export interface ReasonDetails {
  /** The minimum number of answers (TOO_FEW_ANSWERS). */
  readonly min?: number;
  /** What the minimum counts (TOO_FEW_ANSWERS). */
  readonly per?: "group" | "sample" | "pair";
  /** The variable or option concerned. */
  readonly name?: string;
  /** Sizes that do not match (LENGTH_MISMATCH). */
  readonly sizes?: readonly [number, number];
  /** The expected shape of a table (INVALID_TABLE). */
  readonly shape?: "2x2" | "rxc";
}

export function reasonMessage(reason: CannotComputeReason, d: ReasonDetails): Bilingual {
  const text = englishAndFrench(reason, d);
  return { fr: frenchSpacing(text.fr), en: text.en };
}

function englishAndFrench(reason: CannotComputeReason, d: ReasonDetails): Bilingual {
  switch (reason) {
    case "TOO_FEW_ANSWERS":
      return tooFew(d.min ?? 2, d.per ?? "group");
    case "NO_VARIATION":
      return {
        fr: "Les réponses sont toutes identiques (ou presque) : sans variation, on ne peut ni mesurer l'incertitude ni conclure.",
        en: "The answers are all identical (or nearly so): without variation, the uncertainty cannot be measured and nothing can be concluded.",
      };
    case "SAME_ANSWER_EVERYWHERE":
      return {
        fr: "Tout le monde a donné la même réponse (toutes « oui » ou toutes « non ») : il n'y a pas d'écart à tester.",
        en: "Everyone gave the same answer (all “yes” or all “no”): there is no difference to test.",
      };
    case "EMPTY_CATEGORY":
      return {
        fr: "Une ligne ou une colonne du tableau est vide : personne n'est dans cette catégorie. Retirez-la ou regroupez des catégories.",
        en: "A row or column of the table is empty: nobody is in that category. Remove it or merge categories.",
      };
    case "NO_DISCORDANT_PAIRS":
      return {
        fr: "Personne n'a changé de réponse entre les deux mesures : le test ne peut pas être calculé, et rien n'indique de changement.",
        en: "Nobody changed their answer between the two measurements: the test cannot be computed, and nothing points to a change.",
      };
    case "NO_CHANGE":
      return {
        fr: "Toutes les différences sont nulles : chaque personne a donné la même réponse aux deux mesures, rien n'indique de changement.",
        en: "All the differences are zero: each person gave the same answer both times, nothing points to a change.",
      };
    case "ALL_TIED":
      return {
        fr: "Toutes les réponses ont la même valeur : le classement ne permet pas de comparer les groupes.",
        en: "All the answers have the same value: ranking them cannot compare the groups.",
      };
    case "REDUNDANT_VARIABLE":
      return {
        fr: `La variable « ${d.name ?? "?"} » se déduit exactement des autres : retirez-la pour estimer le modèle.`,
        en: `The variable “${d.name ?? "?"}” is an exact combination of the others: remove it to fit the model.`,
      };
    case "PERFECT_FIT":
      return {
        fr: "Le modèle reproduit exactement toutes les réponses : son incertitude ne peut pas être estimée (trop peu de réponses, ou des réponses identiques dans chaque groupe).",
        en: "The model reproduces every answer exactly: its uncertainty cannot be estimated (too few answers, or identical answers within each group).",
      };
    case "EMPTY_DID_GROUP":
      return {
        fr: "Il manque des réponses dans l'un des quatre groupes (bénéficiaires et témoins, avant et après) : la double différence ne peut pas être calculée.",
        en: "One of the four groups (beneficiaries and comparison group, before and after) has no answers: the difference-in-differences cannot be computed.",
      };
    case "NOTHING_TO_DETECT":
      return {
        fr: "L'écart à détecter est nul : aucun nombre de réponses ne permet de détecter une différence qui n'existe pas.",
        en: "The difference to detect is zero: no number of answers can detect a difference that does not exist.",
      };
    case "NOT_A_NUMBER":
      return {
        fr: `Une valeur n'est pas un nombre valide${where(d.name, "fr")} : vérifiez les données (réponses manquantes à retirer, texte au lieu d'un nombre…).`,
        en: `A value is not a valid number${where(d.name, "en")}: check the data (missing answers to remove, text instead of a number…).`,
      };
    case "LENGTH_MISMATCH": {
      const [a, b] = d.sizes ?? [0, 0];
      return {
        fr: `Les deux séries n'ont pas le même nombre de valeurs (${a} et ${b}) : chaque valeur de l'une doit correspondre à une valeur de l'autre.`,
        en: `The two series do not have the same number of values (${a} and ${b}): each value of one must match a value of the other.`,
      };
    }
    case "INVALID_COUNT":
      return {
        fr: "Les effectifs doivent être des nombres entiers positifs ou nuls, et un nombre de « oui » ne peut pas dépasser le nombre de réponses.",
        en: "Counts must be whole numbers, zero or more, and a number of “yes” cannot exceed the number of answers.",
      };
    case "INVALID_TABLE":
      return d.shape === "2x2"
        ? {
            fr: "Le tableau doit avoir exactement 2 lignes et 2 colonnes.",
            en: "The table must have exactly 2 rows and 2 columns.",
          }
        : {
            fr: "Le tableau doit avoir au moins 2 lignes et 2 colonnes, toutes les lignes de même longueur.",
            en: "The table must have at least 2 rows and 2 columns, every row of the same length.",
          };
    case "INVALID_OPTION":
      return {
        fr: `Le paramètre « ${d.name ?? "?"} » a une valeur impossible.`,
        en: `The setting “${d.name ?? "?"}” has an impossible value.`,
      };
    case "OUT_OF_RANGE":
      return {
        fr: "Les valeurs sont trop grandes ou trop petites pour un calcul fiable : changez d'unité (par exemple en milliers) et recommencez.",
        en: "The values are too large or too small for a reliable calculation: change the unit (thousands, for instance) and try again.",
      };
    case "NO_SOLUTION":
      return {
        fr: "Le calcul n'a pas trouvé de solution pour ces valeurs : essayez des hypothèses moins extrêmes.",
        en: "The calculation found no solution for these values: try less extreme assumptions.",
      };
  }
}

function tooFew(min: number, per: "group" | "sample" | "pair"): Bilingual {
  if (per === "group") {
    return {
      fr: `Trop peu de réponses pour conclure : il en faut au moins ${min} par groupe.`,
      en: `Too few answers to conclude: at least ${min} per group are needed.`,
    };
  }
  if (per === "pair") {
    return {
      fr: `Trop peu de réponses pour conclure : il faut au moins ${min} personnes ayant répondu aux deux mesures.`,
      en: `Too few answers to conclude: at least ${min} people who answered both times are needed.`,
    };
  }
  return {
    fr: `Trop peu de réponses pour conclure : il en faut au moins ${min}.`,
    en: `Too few answers to conclude: at least ${min} are needed.`,
  };
}

// The tests call their two samples x and y, as R does; a reader knows them as first and second.
function where(name: string | undefined, locale: "fr" | "en"): string {
  if (!name) return "";
  if (name === "x") return locale === "fr" ? " dans la première série" : " in the first series";
  if (name === "y") return locale === "fr" ? " dans la seconde série" : " in the second series";
  return locale === "fr" ? ` (« ${name} »)` : ` (“${name}”)`;
}
