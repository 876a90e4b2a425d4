/** @jsxImportSource preact */
import {
  type Answers,
  type AnswerValue,
  checkAnswers,
  evaluateForm,
  type QuestionnaireDefinition,
} from "@ricochet/domain/forms/public-runtime";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { SendResult } from "./api.ts";
import { runtimeClock } from "./clock.ts";
import { type FormContext, FormCtx, textOf } from "./context.ts";
import {
  answersToSend,
  findQuestion,
  keepWhatFits,
  neighbourPage,
  pageIndex,
  pageOfQuestion,
  shownPages,
  shownQuestions,
} from "./form-logic.ts";
import { chromeLanguage, fmt, strings } from "./i18n.ts";
import { randomKey } from "./keys.ts";
import { messagesByQuestion, serverMessages } from "./messages.ts";
import type { Attempt, Connection, FormMode } from "./mode.ts";
import { CODE_PATTERN, CodeScreen } from "./screens/CodeScreen.tsx";
import { ConsentScreen } from "./screens/ConsentScreen.tsx";
import { Header } from "./screens/Header.tsx";
import { PageScreen } from "./screens/PageScreen.tsx";
import { SendScreen } from "./screens/SendScreen.tsx";
import {
  ClosedScreen,
  DeclinedScreen,
  LoadingScreen,
  NetworkScreen,
  NotFoundScreen,
  QueuedScreen,
  ResumeScreen,
  ThanksScreen,
} from "./screens/StatusScreens.tsx";
import { WelcomeScreen } from "./screens/WelcomeScreen.tsx";
import { stopSpeaking } from "./speech.ts";
import type { Fill, PublicForm, Step, SubmissionBody } from "./types.ts";

// The respondent's journey, as a small state machine: loading → (not found | no network |
// closed | resume?) → welcome → consent → code? → pages → send → (queued →) thank you.
// Where the form comes from, where the filling-in is kept and where the submission goes depend on
// the mode (mode.ts): for a link, the API, the device and the outbox.

type Phase =
  | "loading"
  | "not_found"
  | "network"
  | "closed"
  | "resume"
  | "fill"
  | "declined"
  | "queued"
  | "thanks";

/** The questionnaire language closest to the browser's, else its default. */
function guessLanguage(definition: QuestionnaireDefinition): string {
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    const primary = tag.split("-")[0];
    const match = definition.languages.find((l) => l === tag || l.split("-")[0] === primary);
    if (match) return match;
  }
  return definition.defaultLanguage;
}

function newFill(form: PublicForm, previous: Fill | null): Fill {
  return {
    v: 1,
    key: randomKey(),
    session: randomKey(),
    seed: randomKey(),
    step: "welcome",
    page: null,
    answers: {},
    drafts: {},
    language: previous?.language ?? guessLanguage(form.questionnaire.definition),
    easyRead: previous?.easyRead ?? false,
    consent: false,
    code: "",
    startedAt: null,
    furthest: -1,
  };
}

/** The form's words in a language, as the mode says them. */
const wordsFor = (mode: FormMode, language: string) =>
  mode.words(strings(language), chromeLanguage(language));

const hasProgress = (fill: Fill) => fill.step !== "welcome" || Object.keys(fill.answers).length > 0;

function without<T>(record: Record<string, T>, names: Iterable<string>): Record<string, T> {
  const copy = { ...record };
  for (const name of names) delete copy[name];
  return copy;
}

function contextFor(mode: FormMode, form: PublicForm, fill: Fill): FormContext {
  const compiled = form.questionnaire;
  const definition = compiled.definition;
  const language = definition.languages.includes(fill.language) ? fill.language : definition.defaultLanguage;
  const clock = runtimeClock();
  return {
    compiled,
    state: evaluateForm(compiled, fill.answers, clock),
    clock,
    language,
    defaultLanguage: definition.defaultLanguage,
    easyRead: fill.easyRead,
    seed: fill.seed,
    t: wordsFor(mode, language),
  };
}

/** "You had reached page 2 of 3", for the resume screen. */
function resumePoint(ctx: FormContext, fill: Fill): string | null {
  if (fill.step !== "page") return null;
  const pages = shownPages(ctx.compiled.definition, ctx.state);
  const position = pages.findIndex((p) => p.name === fill.page);
  return position < 0 ? null : fmt(ctx.t.resumeAt, { n: position + 1, total: pages.length });
}

export function App({ mode }: { mode: FormMode }) {
  const [form, setForm] = useState<PublicForm | null>(null);
  const [fill, setFill] = useState<Fill | null>(null);
  const [phase, setPhaseState] = useState<Phase>("loading");
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [summaryToken, setSummaryToken] = useState(0);
  const [codeError, setCodeError] = useState<string | null>(null);
  /** The server refused the code at sending: once corrected, straight back to sending. */
  const [codeRefused, setCodeRefused] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [notSent, setNotSent] = useState(false);
  const [online, setOnline] = useState(navigator.onLine);

  // The latest values, for handlers called from timers and events.
  const formRef = useRef<PublicForm | null>(null);
  const fillRef = useRef<Fill | null>(null);
  const phaseRef = useRef<Phase>("loading");
  const sendingRef = useRef(false);
  const connection = useRef<Connection | null>(null);
  /** The next screen change comes from the parent page (an edit), not the respondent: focus stays. */
  const quietRef = useRef(false);

  const setPhase = (next: Phase) => {
    phaseRef.current = next;
    setPhaseState(next);
  };

  /** Changes the filling-in and keeps it (on the device for a link; not once declined or sent). */
  const update = (change: (current: Fill) => Fill) => {
    const current = fillRef.current;
    if (!current) return;
    const next = change(current);
    fillRef.current = next;
    setFill(next);
    if (phaseRef.current !== "declined" && phaseRef.current !== "thanks") mode.keeper.save(next);
  };

  const ctx = useMemo(() => (form && fill ? contextFor(mode, form, fill) : null), [mode, form, fill]);
  const t = ctx?.t ?? wordsFor(mode, fill?.language ?? navigator.language ?? "fr");

  // ---- Loading -------------------------------------------------------------------------------

  const open = (loaded: PublicForm) => {
    formRef.current = loaded;
    setForm(loaded);
    const saved = mode.keeper.load();
    const current = saved ?? newFill(loaded, null);
    fillRef.current = current;
    setFill(current);
    // Anything still waiting leaves now; this filling-in's own submission with its screen.
    const mine = mode.transport.resend(current.key);
    if (mine) {
      setPhase("queued");
      void transmit(mine);
    } else if (!loaded.campaign.acceptingAnswers) setPhase("closed");
    else if (saved && hasProgress(saved)) setPhase("resume");
    else setPhase("fill");
  };

  /** A newer copy of the form: a fresher download, or the questionnaire edited in the builder. */
  const refresh = (next: PublicForm) => {
    const previous = formRef.current;
    formRef.current = next;
    setForm(next);
    const current = fillRef.current;
    if (previous && current && previous.questionnaire !== next.questionnaire) {
      const kept = keepWhatFits(current, previous.questionnaire, next.questionnaire);
      if (kept !== current) {
        quietRef.current = true;
        update(() => kept);
        setIssues((shown) => {
          const names = Object.keys(shown).filter(
            (name) => !findQuestion(next.questionnaire.definition, name),
          );
          return names.length > 0 ? without(shown, names) : shown;
        });
      }
    }
    const settled = ["queued", "thanks", "declined", "closed"].includes(phaseRef.current);
    if (!next.campaign.acceptingAnswers && !settled) setPhase("closed");
  };

  const load = () => {
    if (!formRef.current) setPhase("loading");
    connection.current?.reload();
  };

  // ---- Sending -------------------------------------------------------------------------------

  const goToPage = (base: Fill, name: string) => {
    const definition = formRef.current?.questionnaire.definition;
    if (!definition) return;
    const index = pageIndex(definition, name);
    const reached = index > base.furthest;
    if (reached) mode.progress(base.session, index, false);
    update(() => ({ ...base, step: "page", page: name, furthest: reached ? index : base.furthest }));
  };

  const goToStep = (step: Step) => update((current) => ({ ...current, step }));

  /** The server refused the answers: its problems, in the respondent's words, on their pages. */
  const showRefusal = (result: Extract<SendResult, { kind: "invalid" }>, body: SubmissionBody) => {
    const loaded = formRef.current;
    const current = fillRef.current;
    if (!loaded || !current) return;
    setPhase("fill");
    if (result.code === "RESPONDENT_CODE_UNKNOWN" || result.code === "RESPONDENT_CODE_REQUIRED") {
      const words = wordsFor(mode, current.language);
      setCodeError(result.code === "RESPONDENT_CODE_UNKNOWN" ? words.codeUnknown : words.codeRequired);
      setCodeRefused(true);
      return goToStep("code");
    }
    if (result.code === "CONSENT_REQUIRED") return update((f) => ({ ...f, consent: false, step: "consent" }));
    const context = contextFor(mode, loaded, current);
    const definition = loaded.questionnaire.definition;
    const local = messagesByQuestion(
      context,
      checkAnswers(loaded.questionnaire, body.answers, context.clock).issues,
      (name) => findQuestion(definition, name),
      body.answers,
    );
    const messages = serverMessages(context, result.errors, local);
    const pages = shownPages(definition, context.state);
    const first = pages.find((page) => shownQuestions(context.state, page).some((q) => messages[q.name]));
    setIssues(messages);
    // Said again on the send step, once the answers are corrected (e.g. "not stored").
    if (result.message) setSendError(result.message);
    if (!first) {
      setSendError(result.message || context.t.sendFailed);
      return goToStep("send");
    }
    setSummaryToken((n) => n + 1);
    goToPage(current, first.name);
  };

  const settle = (result: SendResult, body: SubmissionBody) => {
    const current = fillRef.current;
    if (!current || body.idempotencyKey !== current.key) return;
    if (result.kind === "stored") {
      mode.progress(current.session, Math.max(current.furthest, 0), true);
      mode.keeper.clear();
      stopSpeaking();
      setIssues({});
      setPhase("thanks");
    } else if (result.kind === "network") setPhase("queued");
    else if (result.kind === "invalid") showRefusal(result, body);
    else if (result.kind === "closed") {
      mode.keeper.clear();
      setNotSent(true);
      setPhase("closed");
      load();
    } else if (result.kind === "not_found") {
      mode.keeper.clear();
      mode.keeper.forgetForm();
      setPhase("not_found");
    } else {
      setPhase("fill");
      setSendError(wordsFor(mode, current.language).sendFailed);
      goToStep("send");
    }
  };

  /** Follows the current filling-in's submission (never twice at once) and acts on the answer. */
  const transmit = async (attempt: Attempt) => {
    if (sendingRef.current) return;
    sendingRef.current = true;
    setSending(true);
    try {
      const result = await attempt.send();
      if (result) settle(result, attempt.body);
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  };

  /** Every waiting submission: the current one with its screen, others (older fillings-in) quietly. */
  const flush = () => {
    const key = fillRef.current?.key;
    const mine = mode.transport.resend(key);
    if (mine) void transmit(mine);
  };

  const send = () => {
    const loaded = formRef.current;
    const current = fillRef.current;
    if (!loaded || !current || sendingRef.current) return;
    setSendError(null);
    const context = contextFor(mode, loaded, current);
    const definition = loaded.questionnaire.definition;
    const answers: Answers = answersToSend(loaded.questionnaire, context.state);
    const { issues: problems } = checkAnswers(loaded.questionnaire, answers, context.clock);
    if (problems.length > 0) {
      const messages = messagesByQuestion(
        context,
        problems,
        (name) => findQuestion(definition, name),
        answers,
      );
      setIssues(messages);
      const first = problems.map((p) => pageOfQuestion(definition, p.question)).find(Boolean);
      if (first) {
        setSummaryToken((n) => n + 1);
        return goToPage(current, first.name);
      }
    }
    const body: SubmissionBody = {
      idempotencyKey: current.key,
      answers,
      ...(loaded.campaign.respondentCodes !== "none" ? { respondentCode: current.code } : {}),
      consent: true,
      language: context.language,
      easyRead: current.easyRead,
      ...(current.startedAt ? { startedAt: current.startedAt } : {}),
      submittedAt: context.clock.now,
      ...(loaded.version.contentHash ? { contentHash: loaded.version.contentHash } : {}),
    };
    const language = chromeLanguage(context.language);
    void transmit({ body, send: () => mode.transport.submit(body, language) });
  };

  /** Starts the filling-in again, from the welcome, with a new idempotency key. */
  const restart = () => {
    const loaded = formRef.current;
    if (!loaded || sendingRef.current) return;
    stopSpeaking();
    setPhase("fill");
    setIssues({});
    setCodeError(null);
    setCodeRefused(false);
    setSendError(null);
    update((current) => newFill(loaded, current));
  };

  // ---- Effects -------------------------------------------------------------------------------

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once; handlers read refs.
  useEffect(() => {
    connection.current = mode.connect({
      form: (loaded) => (formRef.current ? refresh(loaded) : open(loaded)),
      missing: () => {
        mode.keeper.clear();
        setPhase("not_found");
      },
      unreachable: () => {
        if (!formRef.current) setPhase("network");
      },
    });
    const goneOnline = () => {
      setOnline(true);
      if (phaseRef.current === "network") load();
      flush();
    };
    const goneOffline = () => setOnline(false);
    window.addEventListener("online", goneOnline);
    window.addEventListener("offline", goneOffline);
    const timer = window.setInterval(() => {
      if (mode.transport.waiting()) flush();
    }, 20_000);
    return () => {
      connection.current?.close();
      window.removeEventListener("online", goneOnline);
      window.removeEventListener("offline", goneOffline);
      window.clearInterval(timer);
    };
  }, []);

  // A new screen: stop reading aloud, go to the top, and put the focus on its heading.
  const screen = `${phase}|${fill?.step}|${fill?.page}`;
  const lastScreen = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastScreen.current;
    lastScreen.current = screen;
    if (previous === null || previous.startsWith("loading")) return;
    stopSpeaking();
    if (quietRef.current) return;
    window.scrollTo(0, 0);
    (
      document.querySelector<HTMLElement>("main .summary") ?? document.querySelector<HTMLElement>("main h1")
    )?.focus();
  }, [screen]);
  useEffect(() => {
    quietRef.current = false;
  });

  // The page's language, title and text size follow the respondent's choices.
  useEffect(() => {
    const root = document.documentElement;
    root.lang = ctx?.language ?? chromeLanguage(navigator.language ?? "fr");
    root.classList.toggle("easy", Boolean(fill?.easyRead));
    const heading = document.querySelector("main h1")?.textContent?.trim();
    const formTitle = form
      ? (form.questionnaire.definition.title[ctx?.language ?? ""] ??
        form.questionnaire.definition.title[form.questionnaire.definition.defaultLanguage])
      : null;
    document.title = [heading, formTitle ?? t.formTitle]
      .filter((v, i, all) => v && all.indexOf(v) === i)
      .join(" – ");
  });

  // ---- Screens -------------------------------------------------------------------------------

  /** Another filling-in after the end, when the mode offers one (a team member's next entry). */
  const again = mode.again ? { label: mode.again(t), onClick: restart } : null;

  const body = (() => {
    if (phase === "loading") return <LoadingScreen t={t} />;
    if (phase === "not_found") return <NotFoundScreen t={t} />;
    if (phase === "network" || !form || !fill || !ctx) return <NetworkScreen t={t} onRetry={load} />;
    if (phase === "closed")
      return (
        <ClosedScreen
          t={t}
          form={form}
          title={textOf(ctx, form.questionnaire.definition.title)}
          language={ctx.language}
          notSent={notSent}
        />
      );
    if (phase === "declined")
      return (
        <DeclinedScreen
          t={t}
          onBack={() => {
            setPhase("fill");
            goToStep("consent");
          }}
          again={again}
        />
      );
    if (phase === "queued") return <QueuedScreen t={t} sending={sending} onRetry={flush} />;
    if (phase === "thanks") return <ThanksScreen t={t} again={again} />;
    if (phase === "resume")
      return (
        <ResumeScreen
          t={t}
          where={resumePoint(ctx, fill)}
          onResume={() => {
            setPhase("fill");
            if (!fill.consent && fill.step !== "welcome") goToStep("consent");
          }}
          onRestart={() => {
            setPhase("fill");
            setIssues({});
            setCodeError(null);
            setSendError(null);
            update((current) => newFill(form, current));
          }}
        />
      );

    const definition = form.questionnaire.definition;
    const pages = shownPages(definition, ctx.state);
    const codes = form.campaign.respondentCodes;

    if (fill.step === "welcome") return <WelcomeScreen form={form} onStart={() => goToStep("consent")} />;
    if (fill.step === "consent")
      return (
        <ConsentScreen
          t={t}
          notice={form.campaign.consent}
          onAccept={() => {
            const started = { ...fill, consent: true, startedAt: fill.startedAt ?? new Date().toISOString() };
            if (codes !== "none") update(() => ({ ...started, step: "code" }));
            else if (pages[0]) goToPage(started, pages[0].name);
            else update(() => ({ ...started, step: "send" }));
          }}
          onDecline={() => {
            stopSpeaking();
            mode.keeper.clear();
            setPhase("declined");
          }}
        />
      );
    if (fill.step === "code")
      return (
        <CodeScreen
          t={t}
          mode={codes}
          code={fill.code}
          error={codeError}
          onCode={(code) => update((current) => ({ ...current, code }))}
          onContinue={() => {
            const code = fill.code.trim();
            const problem = !code ? t.codeRequired : CODE_PATTERN.test(code) ? null : t.codeInvalid;
            setCodeError(problem);
            if (problem) return document.getElementById("pf-code")?.focus();
            if (codeRefused) {
              setCodeRefused(false);
              goToStep("send");
            } else if (pages[0]) goToPage(fill, pages[0].name);
            else goToStep("send");
          }}
        />
      );

    const lastPage = pages[pages.length - 1];
    if (fill.step === "send" || !lastPage)
      return (
        <SendScreen
          t={t}
          sending={sending}
          error={sendError}
          onSend={send}
          onPrevious={() => (lastPage ? goToPage(fill, lastPage.name) : goToStep("consent"))}
        />
      );

    // The page saved, or the next one shown when it is no longer asked.
    const page =
      pages.find((p) => p.name === fill.page) ??
      neighbourPage(definition, ctx.state, fill.page, 1) ??
      lastPage;
    const previous = neighbourPage(definition, ctx.state, page.name, -1);
    return (
      <PageScreen
        page={page}
        position={pages.indexOf(page) + 1}
        total={pages.length}
        answers={fill.answers}
        drafts={fill.drafts}
        issues={issues}
        summaryToken={summaryToken}
        onAnswer={(name: string, value: AnswerValue | undefined) => {
          if (issues[name]) setIssues((current) => without(current, [name]));
          update((current) => ({
            ...current,
            answers:
              value === undefined ? without(current.answers, [name]) : { ...current.answers, [name]: value },
          }));
        }}
        onDraft={(name, text) =>
          update((current) => ({
            ...current,
            drafts:
              text === undefined ? without(current.drafts, [name]) : { ...current.drafts, [name]: text },
          }))
        }
        onNext={() => {
          const { issues: problems } = checkAnswers(ctx.compiled, fill.answers, runtimeClock(), {
            page: page.name,
          });
          const names = page.questions.map((q) => q.name);
          const messages = messagesByQuestion(
            ctx,
            problems,
            (name) => findQuestion(definition, name),
            fill.answers,
          );
          setIssues((current) => ({ ...without(current, names), ...messages }));
          if (problems.length > 0) return setSummaryToken((n) => n + 1);
          const after = neighbourPage(definition, ctx.state, page.name, 1);
          if (after) goToPage(fill, after.name);
          else goToStep("send");
        }}
        onPrevious={previous ? () => goToPage(fill, previous.name) : null}
      />
    );
  })();

  const showHeader = form && fill && phase !== "loading" && phase !== "not_found";
  return (
    <FormCtx.Provider value={ctx}>
      {showHeader ? (
        <Header
          t={t}
          organisation={form.campaign.organisation}
          easyRead={fill.easyRead}
          onEasyRead={(on) => update((current) => ({ ...current, easyRead: on }))}
          languages={form.questionnaire.definition.languages}
          language={ctx?.language ?? fill.language}
          onLanguage={(language) => update((current) => ({ ...current, language }))}
          banner={mode.banner?.(t, form, restart)}
        />
      ) : null}
      <main id="main" class="main">
        <div role="status" class="banner-slot">
          {!online && phase === "fill" ? <p class="banner">{t.offline}</p> : null}
        </div>
        {body}
      </main>
    </FormCtx.Provider>
  );
}
