/**
 * Mock mode only: an inbox showing the emails and SMS the mock "sent", with clickable links
 * and copyable codes, so recovery, verification and magic-link flows can be clicked through.
 * Loaded with the mock (never in production builds). Its words come from the app's catalogue through the
 * `labels` prop (the mock imports nothing from src/).
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Message } from '../backend/state.ts';
import type { MockInboxLabels as InboxLabels } from '../../contract/mock-ui-labels.ts';
import type { InboxStore } from './inbox-store.ts';

function CopyCode({ code, labels }: { code: string; labels: InboxLabels }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded-control border border-border px-2 py-1 text-xs font-medium hover:bg-subtle"
      onClick={() => {
        void navigator.clipboard.writeText(code).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? labels.copied : labels.copyCode(code)}
    </button>
  );
}

function MessageItem({ message, labels }: { message: Message; labels: InboxLabels }) {
  const when = new Date(message.createdAt).toLocaleTimeString();
  return (
    <li className="flex flex-col gap-1 border-b border-border py-3 last:border-b-0">
      {/* The mock writes its messages in English: each line takes the direction of its own text. */}
      <p dir="auto" className="text-sm font-semibold">
        {message.channel === 'sms' ? labels.smsTo(message.to) : message.subject}
      </p>
      <p className="text-xs text-muted">
        {message.channel === 'email' ? `${labels.emailTo(message.toName ? `${message.toName} <${message.to}>` : message.to)} · ` : ''}
        <time dateTime={new Date(message.createdAt).toISOString()}>{when}</time>
      </p>
      <p dir="auto" className="line-clamp-3 text-sm break-words whitespace-pre-wrap">
        {message.text.split('\n\n')[0]}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {message.code && (
          <>
            <code dir="ltr" className="rounded-control bg-subtle px-2 py-1 font-mono text-sm tracking-widest">{message.code}</code>
            <CopyCode code={message.code} labels={labels} />
          </>
        )}
        {message.link && (
          <>
            <a href={message.link} className="text-sm font-medium text-accent underline">
              {labels.openLink}
            </a>
            <a href={message.link} target="_blank" rel="noopener noreferrer" className="text-sm font-medium text-accent underline">
              {labels.openInNewTab}
            </a>
          </>
        )}
      </div>
    </li>
  );
}

/** "Inbox · 2" for the demo banner; it opens the messages in a drawer at the side, beside the page. */
export function createMockInbox(store: InboxStore) {
  return function MockInbox({ labels }: { labels: InboxLabels }) {
    const messages = useSyncExternalStore(store.subscribe, store.getSnapshot);
    const [open, setOpen] = useState(false);
    const drawerId = useId();
    const titleId = useId();
    const button = useRef<HTMLButtonElement>(null);
    const title = useRef<HTMLHeadingElement>(null);
    const close = () => {
      setOpen(false);
      button.current?.focus();
    };
    useEffect(() => {
      if (!open) return;
      title.current?.focus();
      // Escape from inside, or from nowhere (e.g. after "Clear all" disabled itself), not from the page's own controls.
      const onKey = (event: KeyboardEvent) => {
        const from = document.activeElement;
        if (event.key === 'Escape' && (!from || from === document.body || title.current?.closest('section')?.contains(from))) close();
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    }, [open]);
    return (
      <>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={drawerId}
          aria-label={labels.count(messages.length)}
          onClick={() => setOpen((v) => !v)}
          className="inline-flex min-h-8 shrink-0 items-center gap-1.5 rounded-control px-2 font-medium text-info underline-offset-2 hover:underline"
        >
          {labels.button}
          <span aria-hidden="true" className="rounded-full bg-info px-1.5 text-xs leading-5 text-surface">
            {messages.length}
          </span>
        </button>
        {open && (
          // Not modal: the page stays usable beside it (copy a code here, paste it there).
          <section
            id={drawerId}
            aria-labelledby={titleId}
            className="fixed inset-y-0 end-0 z-[60] flex w-full flex-col border-s border-border bg-surface text-start text-fg shadow-2xl sm:w-[26rem]"
          >
            <div className="flex items-center justify-between gap-2 border-b border-border p-3">
              <h2 id={titleId} ref={title} tabIndex={-1} className="text-base font-semibold">
                {labels.button} <span className="font-normal text-muted">{labels.demo}</span>
              </h2>
              <div className="flex gap-2">
                <button type="button" className="min-h-10 rounded-control px-3 text-sm hover:bg-subtle" disabled={!messages.length} onClick={() => store.clear()}>
                  {labels.clearAll}
                </button>
                <button type="button" className="min-h-10 rounded-control px-3 text-sm hover:bg-subtle" onClick={close}>
                  {labels.close}
                </button>
              </div>
            </div>
            <div className="overflow-y-auto px-3">
              {messages.length ? (
                <ul aria-label={labels.list}>
                  {messages.map((m) => (
                    <MessageItem key={m.$id} message={m} labels={labels} />
                  ))}
                </ul>
              ) : (
                <p className="py-6 text-center text-sm text-muted">{labels.empty}</p>
              )}
            </div>
          </section>
        )}
      </>
    );
  };
}
