/** @jsxImportSource preact */
import type { Strings } from "../i18n.ts";
import type { ConsentNotice } from "../types.ts";
import { Title } from "./Title.tsx";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The consent notice (GDPR information), then accept or decline; declining sends nothing. */
export function ConsentScreen(props: {
  t: Strings;
  notice: ConsentNotice;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { t, notice } = props;
  const sections: Array<[string, string]> = [
    [t.purpose, notice.purpose],
    [t.controller, notice.controller],
    [t.retention, notice.retention],
    [t.rights, notice.rights],
  ];
  const contact = notice.contact?.trim();
  return (
    <div class="consent">
      <Title>{t.consentTitle}</Title>
      <p class="lead">{t.consentIntro}</p>
      {sections.map(([heading, text]) => (
        <section class="notice" key={heading}>
          <h2>{heading}</h2>
          <p>{text}</p>
        </section>
      ))}
      {contact ? (
        <section class="notice">
          <h2>{t.contact}</h2>
          <p>{EMAIL.test(contact) ? <a href={`mailto:${contact}`}>{contact}</a> : contact}</p>
        </section>
      ) : null}
      <div class="actions actions-stack">
        <button type="button" class="btn btn-primary" onClick={props.onAccept}>
          {t.accept}
        </button>
        <button type="button" class="btn btn-secondary" onClick={props.onDecline}>
          {t.decline}
        </button>
      </div>
    </div>
  );
}
