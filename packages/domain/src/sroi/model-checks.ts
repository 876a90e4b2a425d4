import type { z } from "zod";
import { bilingualMessage } from "../errors/validation.ts";
import type { Bilingual } from "../i18n/locale.ts";
import { formatEuros, formatNumber, formatPercent } from "./format.ts";
import type { SroiIssueCode } from "./issues.ts";
import { SROI_LIMITS } from "./limits.ts";
import { FRACTION_PARAMETERS, PARAMETER_NAMES } from "./parameter-names.ts";

type Ctx = z.core.$RefinementCtx;

/** A zod issue that carries its SROI code, so validation can tell the UI what kind of problem it is. */
export function addSroiIssue(ctx: Ctx, path: PropertyKey[], code: SroiIssueCode, message: Bilingual): void {
  ctx.addIssue({ code: "custom", path, message: bilingualMessage(message.fr, message.en), params: { code } });
}

const EUROS = /^(-?)\d{1,13}(?:[.,]\d{1,2})?$/;

export function checkInput(input: { label: string; value: number | string }, ctx: Ctx): void {
  const name = input.label;
  const raw = input.value;
  const text = typeof raw === "string" ? raw : null;
  const euros = typeof raw === "number" ? raw : Number(raw.replace(",", "."));
  if (text !== null && !EUROS.test(text)) {
    addSroiIssue(ctx, ["value"], "INPUT_NOT_CENTS", {
      fr: `La valeur de l'apport « ${name} » doit être un montant en euros avec au plus deux décimales ; reçu : « ${text} ».`,
      en: `The value of input “${name}” must be an amount in euros with at most two decimals; got “${text}”.`,
    });
    return;
  }
  if (euros < 0) {
    addSroiIssue(ctx, ["value"], "NEGATIVE_INPUT", {
      fr: `La valeur de l'apport « ${name} » ne peut pas être négative ; reçu : ${formatEuros(euros).fr}.`,
      en: `The value of input “${name}” cannot be negative; got ${formatEuros(euros).en}.`,
    });
  } else if (euros > SROI_LIMITS.maxAmountEuros) {
    addSroiIssue(ctx, ["value"], "VALUE_TOO_LARGE", {
      fr: `La valeur de l'apport « ${name} » dépasse le maximum de 1 000 milliards d'euros.`,
      en: `The value of input “${name}” exceeds the maximum of 1 trillion euros.`,
    });
  } else if (text === null && Number(euros.toFixed(2)) !== euros) {
    // A number is to the cent when its two-decimal form reads back as the same double.
    addSroiIssue(ctx, ["value"], "INPUT_NOT_CENTS", {
      fr: `La valeur de l'apport « ${name} » doit être arrondie au centime ; reçu : ${formatNumber(euros).fr} €.`,
      en: `The value of input “${name}” must be rounded to the cent; got ${formatNumber(euros).en} euros.`,
    });
  }
}

interface OutcomeFields {
  outcome: string;
  quantity: number;
  duration: number;
  proxy: { value: number };
  deadweight: { value: number };
  displacement: { value: number };
  attribution: { value: number };
  dropOff: { value: number };
}

export function checkOutcome(o: OutcomeFields, ctx: Ctx): void {
  const name = o.outcome;
  if (o.quantity < 0)
    addSroiIssue(ctx, ["quantity"], "NEGATIVE_QUANTITY", {
      fr: `La quantité de l'effet « ${name} » ne peut pas être négative ; reçu : ${formatNumber(o.quantity).fr}.`,
      en: `The quantity of outcome “${name}” cannot be negative; got ${formatNumber(o.quantity).en}.`,
    });
  else if (o.quantity > SROI_LIMITS.maxQuantity)
    addSroiIssue(ctx, ["quantity"], "VALUE_TOO_LARGE", {
      fr: `La quantité de l'effet « ${name} » dépasse le maximum d'un milliard.`,
      en: `The quantity of outcome “${name}” exceeds the maximum of one billion.`,
    });
  if (!Number.isInteger(o.duration) || o.duration < 1 || o.duration > SROI_LIMITS.maxDurationYears)
    addSroiIssue(ctx, ["duration"], "DURATION_INVALID", {
      fr: `La durée de l'effet « ${name} » doit être un nombre entier d'années entre 1 et ${SROI_LIMITS.maxDurationYears} ; reçu : ${formatNumber(o.duration).fr}.`,
      en: `The duration of outcome “${name}” must be a whole number of years from 1 to ${SROI_LIMITS.maxDurationYears}; got ${formatNumber(o.duration).en}.`,
    });
  if (o.proxy.value < 0)
    addSroiIssue(ctx, ["proxy", "value"], "NEGATIVE_PROXY", {
      fr: `La valeur de l'indicateur financier (proxy) de l'effet « ${name} » ne peut pas être négative ; reçu : ${formatEuros(o.proxy.value).fr}.`,
      en: `The financial proxy value of outcome “${name}” cannot be negative; got ${formatEuros(o.proxy.value).en}.`,
    });
  else if (o.proxy.value > SROI_LIMITS.maxAmountEuros)
    addSroiIssue(ctx, ["proxy", "value"], "VALUE_TOO_LARGE", {
      fr: `La valeur de l'indicateur financier (proxy) de l'effet « ${name} » dépasse le maximum de 1 000 milliards d'euros.`,
      en: `The financial proxy value of outcome “${name}” exceeds the maximum of 1 trillion euros.`,
    });
  for (const parameter of FRACTION_PARAMETERS) {
    const value = o[parameter].value;
    if (value >= 0 && value <= 1) continue;
    const label = PARAMETER_NAMES[parameter];
    const got = { number: formatNumber(value), percent: formatPercent(value) };
    addSroiIssue(ctx, [parameter, "value"], "FRACTION_OUT_OF_RANGE", {
      fr: `${label.fr} de l'effet « ${name} » doit être une fraction entre 0 et 1 (de 0 à 100 % à l'écran) ; reçu : ${got.number.fr} (soit ${got.percent.fr}).`,
      en: `${label.en} of outcome “${name}” must be a fraction between 0 and 1 (0–100% on screen); got ${got.number.en} (that is ${got.percent.en}).`,
    });
  }
}

export function checkModel(m: { discountRate: number; outcomes: readonly { id: string }[] }, ctx: Ctx): void {
  if (m.discountRate < 0 || m.discountRate > SROI_LIMITS.maxDiscountRate) {
    const got = { number: formatNumber(m.discountRate), percent: formatPercent(m.discountRate) };
    addSroiIssue(ctx, ["discountRate"], "DISCOUNT_RATE_OUT_OF_RANGE", {
      fr: `Le taux d'actualisation doit être une fraction entre 0 et 1 (de 0 à 100 % à l'écran ; 3,5 % par défaut) ; reçu : ${got.number.fr} (soit ${got.percent.fr}).`,
      en: `The discount rate must be a fraction between 0 and 1 (0–100% on screen; 3.5% by default); got ${got.number.en} (that is ${got.percent.en}).`,
    });
  }
  const seen = new Set<string>();
  m.outcomes.forEach((o, index) => {
    if (seen.has(o.id))
      addSroiIssue(ctx, ["outcomes", index, "id"], "DUPLICATE_OUTCOME_ID", {
        fr: `L'identifiant d'effet « ${o.id} » est utilisé plusieurs fois ; chaque effet doit avoir le sien.`,
        en: `Outcome id “${o.id}” is used more than once; each outcome needs its own.`,
      });
    seen.add(o.id);
  });
}
