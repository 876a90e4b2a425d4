import { CIDS_PREFIXES } from "./cids-vocabulary.ts";

/**
 * Reading JSON-LD as other tools write it, without a JSON-LD processor (which would fetch
 * contexts over the network): a property may come under its context term (`hasName`), a compact
 * IRI (`org:hasName`, `cids:hasName`) or a full IRI; a value may be plain, a value object, a
 * node reference or a list of those. These helpers fold all of that to one shape.
 */

export type Props = Map<string, unknown>;

/** Prefixes whose terms are read by their local name: `cids:forOutcome` is `forOutcome`. */
const LOCAL_NAME_PREFIXES = new Set(["cids", "org", "i72", "act", "oep", "prov", "sch", "ic"]);

/** Local names that mean the same thing under another name. */
const ALIASES: Readonly<Record<string, string>> = {
  name: "hasName",
  description: "hasDescription",
  hasNumericalValue: "numerical_value",
};

/** A full IRI of a known namespace in its compact form; anything else unchanged. */
export function compactIri(value: string): string {
  for (const [prefix, namespace] of Object.entries(CIDS_PREFIXES)) {
    if (value.startsWith(namespace) && value.length > namespace.length)
      return `${prefix}:${value.slice(namespace.length)}`;
  }
  // The ontology's own IRI uses https; older files use http.
  if (value.startsWith("http://ontology.commonapproach.org/cids#"))
    return `cids:${value.slice("http://ontology.commonapproach.org/cids#".length)}`;
  return value;
}

/** The canonical name of a property key, e.g. "https://…/cids#hasIndicator" → "hasIndicator". */
export function canonicalKey(key: string): string {
  const compacted = compactIri(key);
  const colon = compacted.indexOf(":");
  if (colon > 0) {
    const prefix = compacted.slice(0, colon);
    if (LOCAL_NAME_PREFIXES.has(prefix)) {
      const local = compacted.slice(colon + 1);
      return ALIASES[local] ?? local;
    }
    return compacted;
  }
  return ALIASES[compacted] ?? compacted;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A node's properties under canonical names; of two spellings of one property, the first wins. */
export function readProps(node: Record<string, unknown>): Props {
  const props: Props = new Map();
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const name = canonicalKey(key);
    if (!props.has(name) && value !== null && value !== undefined) props.set(name, value);
  }
  return props;
}

/** Unwraps `@list` / `@set` containers and single values into a flat list. */
export function values(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(values);
  if (isRecord(value) && ("@list" in value || "@set" in value))
    return values(value["@list"] ?? value["@set"]);
  return [value];
}

/** Texts of a property, with the language each is tagged with, if any. */
export function texts(value: unknown): Array<{ text: string; language: string | null }> {
  return values(value).flatMap((v) => {
    if (typeof v === "string") return [{ text: v, language: null }];
    if (typeof v === "number" || typeof v === "boolean") return [{ text: String(v), language: null }];
    if (isRecord(v) && (typeof v["@value"] === "string" || typeof v["@value"] === "number")) {
      const language = typeof v["@language"] === "string" ? v["@language"].toLowerCase().slice(0, 2) : null;
      return [{ text: String(v["@value"]), language }];
    }
    return [];
  });
}

/** One text: in the given language when tagged so, else the untagged one, else the first. Blank is absent. */
export function text(value: unknown, language?: "fr" | "en"): string | null {
  const all = texts(value).filter((t) => t.text.trim() !== "");
  const found =
    (language ? all.find((t) => t.language === language) : undefined) ??
    all.find((t) => t.language === null) ??
    all[0];
  return found ? found.text.trim() : null;
}

/** The IRIs a property points to (plain strings are references for the link properties). */
export function refs(value: unknown): string[] {
  return values(value).flatMap((v) => {
    if (typeof v === "string" && v.trim() !== "") return [v.trim()];
    if (isRecord(v) && typeof v["@id"] === "string") return [v["@id"]];
    return [];
  });
}

export function num(value: unknown): number | null {
  const [first] = values(value);
  const raw = isRecord(first) ? first["@value"] : first;
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  if (typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
  return null;
}

export function bool(value: unknown): boolean | null {
  const [first] = values(value);
  const raw = isRecord(first) ? first["@value"] : first;
  if (typeof raw === "boolean") return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return null;
}

/** The number of an i72:Measure (or of a bare value), as the decimal string Ricochet stores. */
export function measureValue(value: unknown): string | null {
  const [first] = values(value);
  if (first === undefined) return null;
  if (isRecord(first) && !("@value" in first)) {
    const props = readProps(first);
    // A Target or a report holds its measure under i72:value.
    return measureValue(props.get("numerical_value") ?? props.get("value"));
  }
  const raw = isRecord(first) ? first["@value"] : first;
  const asText = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : null;
  return asText !== null && /^-?\d+(\.\d+)?$/.test(asText) ? asText : null;
}

/** The unit of an indicator: a text, a unit's IRI (its last segment) or a unit node's name. */
export function unitText(value: unknown): string | null {
  for (const v of values(value)) {
    if (typeof v === "string" && v.trim() !== "") {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) return v.trim();
      const last = v.split(/[/#]/).filter(Boolean).pop();
      if (last) return decodeURIComponent(last);
    }
    if (isRecord(v)) {
      const props = readProps(v);
      const named =
        text(props.get("hasName")) ?? text(props.get("unitDescription")) ?? text(props.get("symbol"));
      if (named) return named;
      if (typeof v["@id"] === "string") return unitText(v["@id"]);
      if (typeof v["@value"] === "string") return v["@value"].trim() || null;
    }
  }
  return null;
}
