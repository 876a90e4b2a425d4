/** @jsxImportSource preact */
import { textOf, useForm } from "../context.ts";
import { estimatedMinutes, shownPages } from "../form-logic.ts";
import { fmt } from "../i18n.ts";
import type { PublicForm } from "../types.ts";
import { Title } from "./Title.tsx";

/** Who asks, what for, how long it takes. */
export function WelcomeScreen({ form, onStart }: { form: PublicForm; onStart: () => void }) {
  const ctx = useForm();
  const { t } = ctx;
  const definition = ctx.compiled.definition;
  const title = textOf(ctx, definition.title) || form.campaign.name;
  const description = textOf(ctx, definition.description);
  const pages = shownPages(definition, ctx.state).length;
  const minutes = estimatedMinutes(definition, ctx.state);
  return (
    <div class="welcome">
      <p class="eyebrow">{fmt(t.proposedBy, { org: form.campaign.organisation })}</p>
      <Title>{title}</Title>
      {title !== form.campaign.name ? <p class="subtitle">{form.campaign.name}</p> : null}
      {description ? <p class="lead">{description}</p> : null}
      <ul class="facts">
        <li>{pages === 1 ? t.pageCountOne : fmt(t.pageCount, { n: pages })}</li>
        <li>{minutes === 1 ? t.durationOne : fmt(t.duration, { n: minutes })}</li>
      </ul>
      <p>{t.savedOnDevice}</p>
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={onStart}>
          {t.start}
        </button>
      </div>
    </div>
  );
}
