import type { IndicatorContent } from "../indicator-content.ts";
import { DISABILITY_AUTONOMY_INDICATORS } from "./disability-autonomy.ts";
import { EMPLOYMENT_INSERTION_INDICATORS } from "./employment-insertion.ts";
import { ENERGY_CITIZEN_PARTICIPATION_INDICATORS } from "./energy-citizen-participation.ts";
import { ENTREPRENEURSHIP_COOPERATIVES_INDICATORS } from "./entrepreneurship-cooperatives.ts";
import { GENERIC_INDICATORS } from "./generic.ts";
import { GOVERNANCE_INDICATORS } from "./governance.ts";
import { HEALTH_INDICATORS } from "./health.ts";
import { ISOLATION_SOCIAL_TIES_INDICATORS } from "./isolation-social-ties.ts";
import { JUSTICE_INDICATORS } from "./justice.ts";
import { RURAL_SERVICES_INDICATORS } from "./rural-services.ts";
import { VOLUNTEERING_INDICATORS } from "./volunteering.ts";
import { YOUTH_INDICATORS } from "./youth.ts";

export {
  DISABILITY_AUTONOMY_INDICATORS,
  EMPLOYMENT_INSERTION_INDICATORS,
  ENERGY_CITIZEN_PARTICIPATION_INDICATORS,
  ENTREPRENEURSHIP_COOPERATIVES_INDICATORS,
  GENERIC_INDICATORS,
  GOVERNANCE_INDICATORS,
  HEALTH_INDICATORS,
  ISOLATION_SOCIAL_TIES_INDICATORS,
  JUSTICE_INDICATORS,
  RURAL_SERVICES_INDICATORS,
  VOLUNTEERING_INDICATORS,
  YOUTH_INDICATORS,
};

/** Ricochet's built-in public indicator library: generic indicators first, then one theme at a time. */
export const BUILT_IN_INDICATORS: IndicatorContent[] = [
  ...GENERIC_INDICATORS,
  ...EMPLOYMENT_INSERTION_INDICATORS,
  ...ENTREPRENEURSHIP_COOPERATIVES_INDICATORS,
  ...DISABILITY_AUTONOMY_INDICATORS,
  ...ISOLATION_SOCIAL_TIES_INDICATORS,
  ...HEALTH_INDICATORS,
  ...RURAL_SERVICES_INDICATORS,
  ...ENERGY_CITIZEN_PARTICIPATION_INDICATORS,
  ...YOUTH_INDICATORS,
  ...VOLUNTEERING_INDICATORS,
  ...GOVERNANCE_INDICATORS,
  ...JUSTICE_INDICATORS,
];
