import type { Bilingual } from "../../i18n/locale.ts";
import { short, t } from "./issues.ts";

export type PlainType = "text" | "integer" | "decimal" | "date" | "note" | "calculate" | "consent" | "rating";
export type SelectMode = "one" | "multiple" | "rank";

/** What a `type` cell asks for. */
export type RowType =
  | { kind: "begin"; repeat: boolean }
  | { kind: "end"; repeat: boolean }
  | { kind: "select"; mode: SelectMode; list: string; orOther: boolean }
  | { kind: "plain"; type: PlainType; approximates?: string }
  | { kind: "unsupported"; written: string; why: Bilingual }
  | { kind: "invalid"; message: Bilingual };

const PLAIN = new Map<string, PlainType>([
  ["text", "text"],
  ["string", "text"],
  ["integer", "integer"],
  ["int", "integer"],
  ["decimal", "decimal"],
  ["date", "date"],
  ["note", "note"],
  ["calculate", "calculate"],
  ["acknowledge", "consent"],
  // pyxform's old name for acknowledge.
  ["trigger", "consent"],
  ["range", "rating"],
]);

// Types that Ricochet answers with a near type rather than dropping the question.
const APPROXIMATED = new Map<string, PlainType>([
  ["time", "text"],
  ["datetime", "date"],
]);

const WHY_LOCATION = t(
  "Ricochet ne recueille pas de position GPS",
  "Ricochet does not collect GPS positions",
);
const WHY_UPLOAD = t(
  "Ricochet ne recueille pas de fichiers, photos ni enregistrements",
  "Ricochet does not collect files, photos or recordings",
);
const WHY_METADATA = t(
  "Ricochet enregistre lui-même les informations techniques de chaque réponse",
  "Ricochet records the technical details of each answer itself",
);
const WHY_EXTERNAL = t(
  "Ricochet ne lit pas de fichier de données externe",
  "Ricochet does not read external data files",
);

const UNSUPPORTED = new Map<string, Bilingual>([
  ...["geopoint", "geotrace", "geoshape", "start-geopoint", "background-geopoint", "gps", "location"].map(
    (type) => [type, WHY_LOCATION] as const,
  ),
  ...["image", "photo", "audio", "video", "file", "background-audio", "barcode"].map(
    (type) => [type, WHY_UPLOAD] as const,
  ),
  ...[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserialnumber",
    "phonenumber",
    "username",
    "email",
    "audit",
    "hidden",
  ].map((type) => [type, WHY_METADATA] as const),
  ...[
    "xml-external",
    "csv-external",
    "select_one_from_file",
    "select_multiple_from_file",
    "select_one_external",
  ].map((type) => [type, WHY_EXTERNAL] as const),
]);

const SELECT_MODES = new Map<string, SelectMode>([
  ["select_one", "one"],
  ["select_multiple", "multiple"],
  ["rank", "rank"],
]);

/** Reads a type cell; extra spaces and upper case are forgiven, the list name is kept as written. */
export function parseRowType(cell: string): RowType {
  const written = cell.trim().replace(/\s+/g, " ");
  const words = written.split(" ");
  let keyword = (words[0] ?? "").toLowerCase();
  let rest = words.slice(1);
  // Spaced spellings: `begin group`, `select one`.
  const second = (rest[0] ?? "").toLowerCase();
  if (["begin", "end"].includes(keyword) && ["group", "repeat"].includes(second)) {
    keyword = `${keyword}_${second}`;
    rest = rest.slice(1);
  } else if (keyword === "select" && ["one", "multiple"].includes(second)) {
    keyword = `select_${second}`;
    rest = rest.slice(1);
  }
  if (keyword === "begin_group" || keyword === "begin_repeat") {
    return rest.length === 0 ? { kind: "begin", repeat: keyword === "begin_repeat" } : extra(written);
  }
  if (keyword === "end_group" || keyword === "end_repeat") {
    return rest.length === 0 ? { kind: "end", repeat: keyword === "end_repeat" } : extra(written);
  }
  const mode = SELECT_MODES.get(keyword);
  if (mode) return parseSelect(mode, written, rest);
  const unsupported = UNSUPPORTED.get(keyword);
  if (unsupported) return { kind: "unsupported", written, why: unsupported };
  if (rest.length > 0) return unknown(written);
  const plain = PLAIN.get(keyword);
  if (plain) return { kind: "plain", type: plain };
  const near = APPROXIMATED.get(keyword);
  if (near) return { kind: "plain", type: near, approximates: keyword };
  return unknown(written);
}

function parseSelect(mode: SelectMode, written: string, rest: string[]): RowType {
  const [list, ...after] = rest;
  if (!list) {
    return {
      kind: "invalid",
      message: t(
        `le type « ${short(written)} » doit être suivi du nom d'une liste de la feuille « choices », par exemple « ${written} genre ».`,
        `the type “${short(written)}” must be followed by the name of a list of the “choices” sheet, for example “${written} gender”.`,
      ),
    };
  }
  if (after.length === 0) return { kind: "select", mode, list, orOther: false };
  if (after.length === 1 && after[0]?.toLowerCase() === "or_other") {
    return { kind: "select", mode, list, orOther: true };
  }
  return extra(written);
}

function extra(written: string): RowType {
  return {
    kind: "invalid",
    message: t(
      `le type « ${short(written)} » contient des mots en trop.`,
      `the type “${short(written)}” has extra words.`,
    ),
  };
}

function unknown(written: string): RowType {
  const glued = /^(select_one|select_multiple|rank)_(.+)$/i.exec(written);
  if (glued) {
    return {
      kind: "invalid",
      message: t(
        `le type « ${short(written)} » est inconnu. Vouliez-vous écrire « ${glued[1]} ${glued[2]} », avec une espace avant le nom de la liste ?`,
        `the type “${short(written)}” is unknown. Did you mean “${glued[1]} ${glued[2]}”, with a space before the list name?`,
      ),
    };
  }
  return {
    kind: "invalid",
    message: t(
      `le type « ${short(written)} » est inconnu. Types possibles : text, integer, decimal, date, note, calculate, acknowledge, range, select_one, select_multiple, rank, begin_group, end_group.`,
      `the type “${short(written)}” is unknown. Possible types: text, integer, decimal, date, note, calculate, acknowledge, range, select_one, select_multiple, rank, begin_group, end_group.`,
    ),
  };
}
