import { z } from "zod";
import { LOCALES } from "../i18n/locale.ts";

export const ZUpdateMe = z
  .object({ name: z.string().trim().min(1).max(120), locale: z.enum(LOCALES) })
  .partial();
export type TUpdateMe = z.input<typeof ZUpdateMe>;

export const ZCreateUser = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  password: z.string().min(1).max(128),
  locale: z.enum(LOCALES).default("fr"),
});
export type TCreateUser = z.input<typeof ZCreateUser>;
