import type { Fill, PublicForm } from "./types.ts";

// The device's memory: the form (to work without a connection once loaded), the filling-in in
// progress, and the outbox. localStorage may be full or forbidden: reads then find nothing and
// writes are skipped, the form still works for the visit.

export function readJson<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or unavailable: nothing more to do.
  }
}

export function removeKey(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Unavailable.
  }
}

const fillKey = (token: string) => `ricochet-form:${token}:fill`;
const formKey = (token: string) => `ricochet-form:${token}:form`;

export function loadFill(token: string): Fill | null {
  const fill = readJson<Fill>(fillKey(token));
  return fill && fill.v === 1 && typeof fill.key === "string" && typeof fill.answers === "object"
    ? fill
    : null;
}

export const saveFill = (token: string, fill: Fill) => writeJson(fillKey(token), fill);
export const clearFill = (token: string) => removeKey(fillKey(token));

export function loadCachedForm(token: string): PublicForm | null {
  const form = readJson<PublicForm>(formKey(token));
  return form?.questionnaire?.definition && form.campaign ? form : null;
}

export const cacheForm = (token: string, form: PublicForm) => writeJson(formKey(token), form);
export const forgetForm = (token: string) => removeKey(formKey(token));
