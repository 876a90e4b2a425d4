/**
 * Whether a framework indicator can move to a newer version of its library definition.
 * Versions only grow, so a pinned version above the current one (a restored backup, a manual
 * fix) offers nothing rather than a downgrade.
 */
export function upgradeAvailable(pinnedVersion: number, currentVersion: number): boolean {
  return currentVersion > pinnedVersion;
}
