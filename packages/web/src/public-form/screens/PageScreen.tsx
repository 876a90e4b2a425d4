/** @jsxImportSource preact */
import type { Answers, AnswerValue, Page } from "@ricochet/domain/forms/public-runtime";
import { shown, textOf, useForm } from "../context.ts";
import { shownQuestions } from "../form-logic.ts";
import { fmt } from "../i18n.ts";
import { QuestionBlock } from "../questions/QuestionBlock.tsx";
import { ErrorSummary, type SummaryEntry } from "./ErrorSummary.tsx";
import { Title } from "./Title.tsx";

interface PageProps {
  page: Page;
  /** 1-based position among the pages shown, and their number. */
  position: number;
  total: number;
  answers: Answers;
  drafts: Record<string, string>;
  /** Messages by question name. */
  issues: Record<string, string>;
  summaryToken: number;
  onAnswer: (name: string, value: AnswerValue | undefined) => void;
  onDraft: (name: string, text: string | undefined) => void;
  onNext: () => void;
  onPrevious: (() => void) | null;
}

/** One page of questions, with its progress, its problems, and Previous / Next. */
export function PageScreen(props: PageProps) {
  const ctx = useForm();
  const { t } = ctx;
  const questions = shownQuestions(ctx.state, props.page);
  const entries: SummaryEntry[] = questions
    .filter((q) => props.issues[q.name])
    .map((q) => ({
      name: q.name,
      label: shown(ctx, q.label, q.easyRead),
      message: props.issues[q.name] as string,
    }));
  const percent = Math.round((props.position / (props.total + 1)) * 100);
  return (
    <form
      class="page"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <div class="progress">
        <p class="progress-text">{fmt(t.pageOf, { n: props.position, total: props.total })}</p>
        <div class="progress-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      <Title>{textOf(ctx, props.page.title)}</Title>
      {entries.length > 0 ? <ErrorSummary t={t} entries={entries} focusToken={props.summaryToken} /> : null}
      {questions.map((question) => (
        <QuestionBlock
          key={question.name}
          question={question}
          value={props.answers[question.name]}
          onChange={props.onAnswer}
          draft={props.drafts[question.name]}
          onDraft={props.onDraft}
          error={props.issues[question.name]}
        />
      ))}
      <div class="nav">
        {props.onPrevious ? (
          <button type="button" class="btn btn-secondary" onClick={props.onPrevious}>
            {t.previous}
          </button>
        ) : (
          <span />
        )}
        <button type="submit" class="btn btn-primary">
          {t.next}
        </button>
      </div>
    </form>
  );
}
