/**
 * Mock mode only: an inbox showing the emails and SMS the mock "sent", with clickable links
 * and copyable codes, so recovery, verification and magic-link flows can be clicked through.
 * Loaded with the mock (never in production builds). A developer tool: English only.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Message } from '../backend/state.ts';
import type { InboxStore } from './inbox-store.ts';

function CopyCode({ code }: { code: string }) {
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
      {copied ? 'Copied' : `Copy code ${code}`}
    </button>
  );
}

function MessageItem({ message }: { message: Message }) {
  const when = new Date(message.createdAt).toLocaleTimeString();
  return (
    <li className="flex flex-col gap-1 border-b border-border py-3 last:border-b-0">
      <p className="text-sm font-semibold">{message.channel === 'sms' ? `SMS to ${message.to}` : message.subject}</p>
      <p className="text-xs text-muted">
        {message.channel === 'email' ? `To ${message.toName ? `${message.toName} <${message.to}>` : message.to} · ` : ''}
        <time dateTime={new Date(message.createdAt).toISOString()}>{when}</time>
      </p>
      <p className="line-clamp-3 text-sm break-words whitespace-pre-wrap">{message.text.split('\n\n')[0]}</p>
      <div className="flex flex-wrap items-center gap-2">
        {message.code && (
          <>
            <code className="rounded-control bg-subtle px-2 py-1 font-mono text-sm tracking-widest">{message.code}</code>
            <CopyCode code={message.code} />
          </>
        )}
        {message.link && (
          <>
            <a href={message.link} className="text-sm font-medium text-accent underline">
              Open link
            </a>
            <a href={message.link} target="_blank" rel="noopener noreferrer" className="text-sm font-medium text-accent underline">
              Open in new tab
            </a>
          </>
        )}
      </div>
    </li>
  );
}

/** "Inbox · 2" for the demo banner; it opens the messages in a drawer at the side, beside the page. */
export function createMockInbox(store: InboxStore) {
  return function MockInbox() {
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
    const label = `Inbox, ${String(messages.length)} ${messages.length === 1 ? 'message' : 'messages'}`;
    return (
      <>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={drawerId}
          aria-label={label}
          onClick={() => setOpen((v) => !v)}
          className="inline-flex min-h-8 shrink-0 items-center gap-1.5 rounded-control px-2 font-medium text-info underline-offset-2 hover:underline"
        >
          Inbox
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
                Inbox <span className="font-normal text-muted">(demo)</span>
              </h2>
              <div className="flex gap-2">
                <button type="button" className="min-h-10 rounded-control px-3 text-sm hover:bg-subtle" disabled={!messages.length} onClick={() => store.clear()}>
                  Clear all
                </button>
                <button type="button" className="min-h-10 rounded-control px-3 text-sm hover:bg-subtle" onClick={close}>
                  Close
                </button>
              </div>
            </div>
            <div className="overflow-y-auto px-3">
              {messages.length ? (
                <ul aria-label="Messages, newest first">
                  {messages.map((m) => (
                    <MessageItem key={m.$id} message={m} />
                  ))}
                </ul>
              ) : (
                <p className="py-6 text-center text-sm text-muted">No emails or text messages yet. Links and codes the app sends appear here.</p>
              )}
            </div>
          </section>
        )}
      </>
    );
  };
}
