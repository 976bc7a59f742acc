import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill, type Strings } from '../i18n/index.js';
import { dayText } from './intl.js';
import { Modal } from './Modal.js';
import { isEmail, type RequestKind, requestKinds, type Sent, sendRequest } from './request.js';

interface Props {
  t: Strings;
  lang: string;
  endpoint: string;
  /** The kind a link asked for (`#consentry-request=limit-use`), selected at the start. */
  kind?: RequestKind;
  /** The visitor's consent id, sent with the request and said so. */
  consentId: string | null;
  onClose(): void;
}

/** Each kind's label key. */
const kindLabels: Record<RequestKind, keyof Strings> = {
  access: 'kindAccess',
  correct: 'kindCorrect',
  delete: 'kindDelete',
  'opt-out': 'kindOptOut',
  'limit-use': 'kindLimitUse',
  other: 'kindOther',
};

const problems = { invalid: 'requestInvalid', limit: 'requestLimit', failed: 'requestFailed' } as const;

const id = (name: string) => `consentry-request-${name}`;

/**
 * The privacy request form (SPEC §9): what the visitor asks, their e-mail address and a
 * message, with their consent id attached, in a modal dialog. A wrong address is said
 * beside its field, which takes focus; a refusal or a failure is announced. Once sent, it
 * shows the request's reference and the day the answer is due.
 */
export function RequestForm({ t, lang, endpoint, kind, consentId, onClose }: Props) {
  const [sent, setSent] = useState<Sent | null>(null);
  const [sending, setSending] = useState(false);
  const [emailWrong, setEmailWrong] = useState(false);
  const [chosen, choose] = useState<RequestKind>(kind ?? 'access');
  const email = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLHeadingElement>(null);

  // Focus on the answer as soon as it is drawn: the button that had it is gone.
  useLayoutEffect(() => {
    if (sent?.ok) done.current?.focus();
  }, [sent]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const address = String(form.get('email') ?? '').trim();
    const wrong = !isEmail(address);
    setEmailWrong(wrong);
    if (wrong) return email.current?.focus();
    setSending(true);
    const message = String(form.get('message') ?? '');
    setSent(
      await sendRequest(endpoint, {
        kind: chosen,
        email: address,
        ...(message.trim() && { message }),
        ...(consentId && { consentId }),
      }),
    );
    setSending(false);
  };

  if (sent?.ok)
    return (
      <Modal
        part="request"
        title={t.requestTitle}
        labelledBy={id('title')}
        closeLabel={t.close}
        initialFocus={`#${id('done')}`}
        onClose={onClose}
      >
        <div class="body" role="status">
          <h3 id={id('done')} tabIndex={-1} ref={done}>
            {t.requestDone}
          </h3>
          <p>{fill(t.requestDoneText, { id: sent.id, date: dayText(Date.parse(sent.due), lang) })}</p>
        </div>
      </Modal>
    );
  return (
    <Modal
      part="request"
      title={t.requestTitle}
      labelledBy={id('title')}
      closeLabel={t.close}
      describedBy={id('text')}
      initialFocus={kind ? `#${id('email')}` : `#${id('kind')}`}
      onClose={onClose}
    >
      {/* display: contents, so the body scrolls and the foot stays, as in the preferences. */}
      <form class="request" noValidate onSubmit={submit}>
        <div class="body">
          <p id={id('text')} class="muted">
            {t.requestText}
          </p>
          <label for={id('kind')}>{t.requestKind}</label>
          <select
            id={id('kind')}
            name="kind"
            value={chosen}
            onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value as RequestKind)}
          >
            {requestKinds.map((k) => (
              <option value={k} key={k}>
                {t[kindLabels[k]]}
              </option>
            ))}
          </select>
          <label for={id('email')}>{t.requestEmail}</label>
          <input
            ref={email}
            id={id('email')}
            name="email"
            type="email"
            autocomplete="email"
            required
            aria-invalid={emailWrong}
            aria-describedby={emailWrong ? `${id('email-error')} ${id('email-hint')}` : id('email-hint')}
          />
          {emailWrong && (
            <p id={id('email-error')} class="error">
              {t.requestEmailError}
            </p>
          )}
          <p id={id('email-hint')} class="muted">
            {t.requestEmailHint}
          </p>
          <label for={id('message')}>{t.requestMessage}</label>
          <textarea id={id('message')} name="message" rows={4} maxLength={4000} />
          {consentId && <p class="muted">{fill(t.requestConsentId, { id: consentId })}</p>}
          {/* Always in the page, so that what is put in it is announced. */}
          <p role="alert" class="error">
            {sent && !sent.ok && t[problems[sent.problem]]}
          </p>
        </div>
        <div class="foot actions">
          <button type="submit" data-action="send-request" aria-disabled={sending}>
            {t.requestSend}
          </button>
        </div>
      </form>
    </Modal>
  );
}
