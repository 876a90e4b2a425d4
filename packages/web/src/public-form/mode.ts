import type { ComponentChildren } from "preact";
import type { SendResult } from "./api.ts";
import type { Strings } from "./i18n.ts";
import type { Fill, PublicForm, SubmissionBody } from "./types.ts";

// Where the form runs. The journey (welcome → consent → code → pages → send) is the same
// everywhere; a mode says what differs:
// - "link": a respondent's own page, /f/<token>: the form comes from the API (a copy kept on the
//   device), the filling-in is saved on the device, submissions go through the outbox, progress
//   is reported for the drop-out follow-up;
// - "preview": the questionnaire builder's frame, /f/preview: the builder posts the form (again
//   after every edit) and nothing is ever sent or kept;
// - "staff": a team member types in answers collected face to face or on paper, /f/staff: the
//   staff app posts the form and stores each submission itself.

export type ModeKind = "link" | "preview" | "staff";

/** What a mode tells the page about the form. */
export interface SourceHost {
  /** The form: the first time, then each newer copy (a fresher download, an edit in the builder). */
  form(form: PublicForm): void;
  /** There is no such form (an unknown link, a page opened outside its parent). */
  missing(): void;
  /** The form could not be reached. */
  unreachable(): void;
}

export interface Connection {
  /** Asks for the form again (after a network failure, or when the campaign turned out closed). */
  reload(): void;
  close(): void;
}

/** The filling-in kept between visits: on the device for a link, nowhere when embedded. */
export interface Keeper {
  load(): Fill | null;
  save(fill: Fill): void;
  clear(): void;
  /** Forgets the copy of the form (its link no longer exists). */
  forgetForm(): void;
}

/** One sending of a submission: `send` answers what became of it (null: already on its way). */
export interface Attempt {
  body: SubmissionBody;
  send: () => Promise<SendResult | null>;
}

export interface Transport {
  /** Hands a new submission over; `language` is the language of the server's messages. */
  submit(body: SubmissionBody, language: string): Promise<SendResult | null>;
  /**
   * Sends again what waits on the device: the others leave quietly, the attempt for the filling-in
   * of key `mine` is returned to be followed on screen (null when it does not wait).
   */
  resend(mine: string | undefined): Attempt | null;
  /** Whether submissions wait on the device (retried every 20 s). */
  waiting(): boolean;
}

export interface FormMode {
  kind: ModeKind;
  connect(host: SourceHost): Connection;
  keeper: Keeper;
  transport: Transport;
  /** How far the respondent got, for the drop-out follow-up (links only). */
  progress(session: string, page: number, completed: boolean): void;
  /** The form's own words in this mode (e.g. the consent worded for a team member). */
  words(t: Strings, chrome: "fr" | "en"): Strings;
  /** A strip at the top that says where the form runs; null on a respondent's own page. */
  banner: ((t: Strings, form: PublicForm, restart: () => void) => ComponentChildren) | null;
  /** The button of the end screens that starts another filling-in (its label); null: none. */
  again: ((t: Strings) => string) | null;
}

/** Keeps nothing: an embedded form forgets everything when its frame goes. */
export const keepNothing: Keeper = {
  load: () => null,
  save: () => {},
  clear: () => {},
  forgetForm: () => {},
};
