/** @jsxImportSource preact */
import type { CompiledQuestionnaire } from "@ricochet/domain/forms/public-runtime";
import type { ComponentChildren } from "preact";
import type { FieldProblem, SendResult } from "./api.ts";
import { fmt, frenchSpacing, type Strings } from "./i18n.ts";
import { type FormMode, keepNothing, type SourceHost } from "./mode.ts";
import type { ConsentNotice, PublicForm, RespondentCodeMode } from "./types.ts";

// The form inside the staff app, in a same-origin frame, talking to it with postMessage: the
// questionnaire builder's preview (/f/preview) and the team's entry of collected answers
// (/f/staff).
//
// Protocol (messages from the parent are accepted only from this origin and the parent window):
//   frame → parent  { type: "ricochet:preview-ready" } | { type: "ricochet:staff-ready" }
//   parent → frame  { type: "ricochet:preview" | "ricochet:staff", questionnaire, campaign, version? }
//                   (posted again after every edit: the form re-renders keeping the answers)
//   frame → parent  { type: "ricochet:staff-submit", submission }  (the public submission body)
//   parent → frame  { type: "ricochet:staff-result", ok: true }
//                 | { type: "ricochet:staff-result", ok: false, errors?, code?, message? }

type Message = { type: string } & Record<string, unknown>;

/** The staff app may take a while to store a submission; past this, the team member may retry. */
const RESULT_TIMEOUT_MS = 60_000;

const inFrame = () => window.parent !== window;

function post(message: Message): void {
  if (inFrame()) window.parent.postMessage(message, location.origin);
}

/** Listens to the parent page only: this origin, the parent window, a typed message. */
function listen(handle: (message: Message) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || event.source !== window.parent || !inFrame()) return;
    const data = event.data as unknown;
    if (data && typeof data === "object" && typeof (data as Message).type === "string")
      handle(data as Message);
  };
  window.addEventListener("message", onMessage);
  return () => window.removeEventListener("message", onMessage);
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string => (typeof value === "string" ? value : "");

function isQuestionnaire(value: unknown): value is CompiledQuestionnaire {
  const definition = record(record(value).definition);
  return (
    Array.isArray(definition.pages) &&
    Array.isArray(definition.languages) &&
    Array.isArray(definition.choiceLists) &&
    typeof definition.defaultLanguage === "string" &&
    typeof record(value).expressions === "object"
  );
}

/** The form as the public API would give it, from the parent's message (null: not a form). */
export function formOfMessage(message: Record<string, unknown>): PublicForm | null {
  if (!isQuestionnaire(message.questionnaire)) return null;
  const campaign = record(message.campaign);
  const consent = record(campaign.consent);
  const codes = campaign.respondentCodes;
  const notice: ConsentNotice = {
    purpose: text(consent.purpose),
    controller: text(consent.controller),
    retention: text(consent.retention),
    rights: text(consent.rights),
    contact: text(consent.contact) || null,
  };
  return {
    campaign: {
      name: text(campaign.name),
      organisation: text(campaign.organisation),
      acceptingAnswers: true,
      closedReason: null,
      opensOn: null,
      closesOn: null,
      respondentCodes: codes === "free" || codes === "panel" ? (codes as RespondentCodeMode) : "none",
      consent: notice,
    },
    version: { id: "", number: 0, contentHash: text(record(message.version).contentHash) },
    questionnaire: message.questionnaire,
  };
}

/** The parent page posts the form: once ready, and again after every edit. */
function fromParent(kind: "preview" | "staff", other: (message: Message) => void = () => {}) {
  return (host: SourceHost) => {
    if (!inFrame()) {
      host.missing();
      return { reload: () => {}, close: () => {} };
    }
    const close = listen((message) => {
      if (message.type !== `ricochet:${kind}`) return other(message);
      const form = formOfMessage(message);
      if (form) host.form(form);
    });
    const ready = () => post({ type: `ricochet:${kind}-ready` });
    ready();
    return { reload: ready, close };
  };
}

/** The staff app's answer to a submission, as the public API's would read. */
export function resultOfMessage(message: Record<string, unknown>): SendResult {
  if (message.ok === true) return { kind: "stored" };
  const errors = Array.isArray(message.errors)
    ? message.errors
        .map((e) => record(e))
        .filter((e) => typeof e.path === "string")
        .map((e): FieldProblem => ({ path: text(e.path), message: text(e.message) }))
    : [];
  const said = text(message.message);
  return { kind: "invalid", code: text(message.code), errors, ...(said ? { message: said } : {}) };
}

// ---- Words ---------------------------------------------------------------------------------

type Words = Partial<Strings> & { banner: string; again?: string };

const PREVIEW: Record<"fr" | "en", Words> = {
  fr: {
    banner: "Aperçu : vos réponses ne sont pas envoyées",
    thanksTitle: "Fin de l'aperçu",
    thanksText:
      "Rien n'a été envoyé : dans l'aperçu, les réponses ne sont ni envoyées ni gardées. Une personne qui répond verrait ici « Merci ! Vos réponses ont bien été envoyées. »",
    offline: "Pas de connexion : l'aperçu marche quand même, puisque rien n'est envoyé.",
    notFoundTitle: "Cet aperçu s'ouvre depuis Ricochet",
    notFoundText:
      "L'aperçu d'un questionnaire s'affiche dans Ricochet, dans l'onglet « Aperçu » du questionnaire.",
  },
  en: {
    banner: "Preview: your answers are not sent",
    thanksTitle: "End of the preview",
    thanksText:
      "Nothing was sent: in the preview, answers are neither sent nor kept. A respondent would see “Thank you! Your answers have been sent.” here.",
    offline: "No connection: the preview still works, since nothing is sent.",
    notFoundTitle: "This preview opens from Ricochet",
    notFoundText: "A questionnaire's preview is shown in Ricochet, in the questionnaire's “Preview” tab.",
  },
};

const STAFF: Record<"fr" | "en", Words> = {
  fr: {
    banner: "Saisie par l'équipe — {name}",
    again: "Saisir une autre réponse",
    savedOnDevice:
      "Vous saisissez les réponses d'une personne interrogée, en face à face ou depuis un questionnaire papier. Rien n'est enregistré avant le bouton « Enregistrer la réponse », à la fin.",
    start: "Commencer la saisie",
    consentIntro:
      "Présentez ces informations à la personne interrogée (ou vérifiez qu'elle les a reçues avec le questionnaire papier) avant de saisir ses réponses.",
    accept: "La personne interrogée a donné son accord",
    decline: "La personne ne souhaite pas répondre",
    declinedTitle: "Aucune réponse enregistrée",
    declinedText: "La personne interrogée ne souhaite pas répondre : rien n'a été enregistré.",
    changedMind: "La personne a changé d'avis",
    codeTitle: "Le code de la personne interrogée",
    codeHintPanel: "Le code donné à cette personne, par exemple sur son questionnaire papier.",
    codeHintFree:
      "Le code choisi par la personne : il relie ses réponses d'une fois à l'autre, sans son nom.",
    codeRequired: "Écrivez le code de la personne pour continuer.",
    codeUnknown:
      "Ce code n'est pas reconnu pour cette campagne. Vérifiez-le, par exemple sur le questionnaire papier.",
    sendText:
      "Vous avez saisi toutes les pages. Vous pouvez encore revenir en arrière pour corriger une réponse.",
    send: "Enregistrer la réponse",
    sending: "Enregistrement en cours…",
    sendFailed:
      "L'enregistrement n'a pas abouti. Réessayez dans un moment : la réponse ne sera pas enregistrée deux fois.",
    thanksTitle: "Réponse enregistrée",
    thanksText: "La réponse a bien été enregistrée à votre nom.",
    offline:
      "Pas de connexion : la réponse ne pourra être enregistrée qu'au retour de la connexion. Gardez cette fenêtre ouverte.",
    notFoundTitle: "Cette saisie s'ouvre depuis Ricochet",
    notFoundText: "La saisie des réponses par l'équipe s'affiche dans Ricochet, depuis la campagne.",
  },
  en: {
    banner: "Entry by the team — {name}",
    again: "Enter another response",
    savedOnDevice:
      "You are typing in a respondent's answers, collected face to face or on a paper questionnaire. Nothing is stored before the “Save the response” button, at the end.",
    start: "Start entering",
    consentIntro:
      "Go through this information with the respondent (or check they received it with the paper questionnaire) before typing in their answers.",
    accept: "The respondent gave their consent",
    decline: "The respondent does not want to answer",
    declinedTitle: "No response stored",
    declinedText: "The respondent does not want to answer: nothing was stored.",
    changedMind: "The respondent changed their mind",
    codeTitle: "The respondent's code",
    codeHintPanel: "The code given to this person, for example on their paper questionnaire.",
    codeHintFree:
      "The code the person chose: it links their answers from one time to the next, without their name.",
    codeRequired: "Write the person's code to go on.",
    codeUnknown:
      "This code is not recognised for this campaign. Check it, for example on the paper questionnaire.",
    sendText: "You have entered every page. You can still go back to correct an answer.",
    send: "Save the response",
    sending: "Saving…",
    sendFailed: "Saving did not work. Try again in a moment: the response will not be stored twice.",
    thanksTitle: "Response stored",
    thanksText: "The response has been stored under your name.",
    offline:
      "No connection: the response can only be stored once the connection is back. Keep this window open.",
    notFoundTitle: "This entry opens from Ricochet",
    notFoundText: "Entering answers as a team is shown in Ricochet, from the campaign.",
  },
};

/** The form's words with the mode's own, French spacing included; computed once per language. */
function wordsOf(table: Record<"fr" | "en", Words>) {
  const done: Partial<Record<"fr" | "en", Strings & Words>> = {};
  return (t: Strings, chrome: "fr" | "en"): Strings & Words => {
    const cached = done[chrome];
    if (cached) return cached;
    const own = Object.fromEntries(
      Object.entries(table[chrome]).map(([key, value]) => [
        key,
        chrome === "fr" ? frenchSpacing(value) : value,
      ]),
    );
    const merged = { ...t, ...own } as Strings & Words;
    done[chrome] = merged;
    return merged;
  };
}

const own = (t: Strings) => t as Strings & Words;

function Banner({
  children,
  action,
  staff,
}: {
  children: string;
  action?: ComponentChildren;
  staff?: boolean;
}) {
  return (
    <div class={staff ? "mode-bar mode-bar-staff" : "mode-bar"}>
      <div class="mode-bar-inner">
        <p class="mode-bar-text">{children}</p>
        {action}
      </div>
    </div>
  );
}

// ---- Modes ---------------------------------------------------------------------------------

/** The builder's preview: the real form, but nothing is sent, kept or reported. */
export function previewMode(): FormMode {
  return {
    kind: "preview",
    connect: fromParent("preview"),
    keeper: keepNothing,
    transport: {
      submit: () => Promise.resolve({ kind: "stored" }),
      resend: () => null,
      waiting: () => false,
    },
    progress: () => {},
    words: wordsOf(PREVIEW),
    banner: (t, _form, restart) => (
      <Banner
        action={
          <button type="button" class="btn btn-small" onClick={restart}>
            {t.restart}
          </button>
        }
      >
        {own(t).banner}
      </Banner>
    ),
    again: (t) => t.restart,
  };
}

/** A team member's entry: the staff app stores each submission and answers how it went. */
export function staffMode(): FormMode {
  let waiting: ((result: SendResult) => void) | null = null;
  return {
    kind: "staff",
    connect: fromParent("staff", (message) => {
      if (message.type === "ricochet:staff-result") waiting?.(resultOfMessage(message));
    }),
    keeper: keepNothing,
    transport: {
      submit(body) {
        waiting?.({ kind: "failed", status: 0 });
        return new Promise<SendResult>((resolve) => {
          const timer = window.setTimeout(() => settle({ kind: "failed", status: 0 }), RESULT_TIMEOUT_MS);
          const settle = (result: SendResult) => {
            window.clearTimeout(timer);
            if (waiting === settle) waiting = null;
            resolve(result);
          };
          waiting = settle;
          post({ type: "ricochet:staff-submit", submission: body });
        });
      },
      resend: () => null,
      waiting: () => false,
    },
    progress: () => {},
    words: wordsOf(STAFF),
    banner: (t, form) => <Banner staff>{fmt(own(t).banner, { name: form.campaign.name })}</Banner>,
    again: (t) => own(t).again ?? t.restart,
  };
}
