import type { SheetVocabulary } from "./columns.ts";

export const SURVEY_VOCABULARY: SheetVocabulary = {
  fields: new Set([
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "constraint",
    "constraint_message",
    "relevant",
    "calculation",
    "choice_filter",
    "appearance",
    "image",
    "parameters",
    "default",
    "read_only",
    "trigger",
    "repeat_count",
    "easy_read",
    "ricochet_indicators",
    "ricochet_rating_min_label",
    "ricochet_rating_max_label",
  ]),
  translatable: new Set([
    "label",
    "hint",
    "required_message",
    "constraint_message",
    "image",
    "easy_read",
    "ricochet_rating_min_label",
    "ricochet_rating_max_label",
  ]),
};

/** Choices sheet: any other column is a choice filter (XLSForm choice_filter reads it by name). */
export const CHOICES_VOCABULARY: SheetVocabulary = {
  fields: new Set(["list_name", "name", "label", "image", "easy_read", "audio", "video", "big-image"]),
  translatable: new Set(["label", "image", "easy_read", "audio", "video", "big-image"]),
};

export const SETTINGS_VOCABULARY: SheetVocabulary = {
  fields: new Set(["form_title", "form_id", "default_language", "version", "ricochet_description"]),
  translatable: new Set(["form_title", "ricochet_description"]),
};

/**
 * Translatable fields whose columns make a language part of the questionnaire; a language met
 * only on images or sounds would be a language without a single word.
 */
export const WORDING_FIELDS: ReadonlySet<string> = new Set([
  "label",
  "hint",
  "required_message",
  "constraint_message",
  "easy_read",
  "ricochet_rating_min_label",
  "ricochet_rating_max_label",
  "form_title",
  "ricochet_description",
]);
