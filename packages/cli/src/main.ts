#!/usr/bin/env node
import { Command } from "commander";
import { reportError } from "./cli-context.ts";
import { registerDatabaseCommands } from "./commands/database.ts";
import { registerEvaluationCommands } from "./commands/evaluations.ts";
import { registerFormCommands } from "./commands/forms.ts";
import { registerIndicatorCommands } from "./commands/indicators.ts";
import { registerOrganisationCommands } from "./commands/organisations.ts";
import { registerServe } from "./commands/serve.ts";
import { registerSroiCommand } from "./commands/sroi.ts";
import { registerSubmissionCommands } from "./commands/submissions.ts";
import { registerUserCommands } from "./commands/users.ts";

const program = new Command()
  .name("ricochet")
  .description("Ricochet — évaluation d'impact social / social impact evaluation")
  .showHelpAfterError();

registerServe(program);
registerDatabaseCommands(program);
registerUserCommands(program);
registerOrganisationCommands(program);
registerIndicatorCommands(program);
registerEvaluationCommands(program);
registerFormCommands(program);
registerSubmissionCommands(program);
registerSroiCommand(program);

program.parseAsync(process.argv).catch(reportError);
