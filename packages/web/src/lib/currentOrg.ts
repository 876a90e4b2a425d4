const KEY = "ricochet_current_org";

export function rememberOrganisation(orgId: string): void {
  try {
    localStorage.setItem(KEY, orgId);
  } catch {
    // Nothing to do: the choice is simply not remembered.
  }
}

export function rememberedOrganisation(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
