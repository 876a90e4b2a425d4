// The form runtime: a compiled questionnaire run over answers, the same code on the respondent's
// device (page by page) and on the server (the whole submission, authoritative). No zod, no I/O.
export { type AnswerIssue, type AnswerIssueKind, checkAnswers, numericAnswer } from "./answer-checks.ts";
export { evaluateForm, type FormState, offeredChoices, type RuntimeClock } from "./form-evaluation.ts";
