import { type JobRegistry, jobRegistry } from "./job-definition.ts";

/**
 * Every kind of background job the server runs. Features add their definitions here
 * (imports, exports, report rendering), each in its own file next to its service.
 */
export const JOBS: JobRegistry = jobRegistry([]);
