/** A same-site path to go back to after signing in; anything else falls back to "/". */
export function safeNext(value: string | null): string {
  if (!value?.startsWith("/") || value.startsWith("//")) return "/";
  return value;
}
