import type { TocTemplate } from "../toc-template.ts";
import { businessEmploymentCooperativeTemplate } from "./business-employment-cooperative.ts";
import { citizenRenewableEnergyTemplate } from "./citizen-renewable-energy.ts";
import { disabilityAutonomyTemplate } from "./disability-autonomy.ts";
import { jobInsertionTemplate } from "./job-insertion.ts";
import { ruralServicesTemplate } from "./rural-services.ts";
import { youthJusticeTemplate } from "./youth-justice.ts";

/** Built-in theory-of-change templates a user can start from (step 3 of the guided path). */
export const TOC_TEMPLATES: TocTemplate[] = [
  jobInsertionTemplate,
  businessEmploymentCooperativeTemplate,
  disabilityAutonomyTemplate,
  ruralServicesTemplate,
  citizenRenewableEnergyTemplate,
  youthJusticeTemplate,
];
