/**
 * Mock mode only: a floating inbox showing the emails and SMS the mock "sent", with clickable links
 * and copyable codes, so recovery, verification and magic-link flows can be clicked through.
 * Loaded with the mock (never in production builds). A developer tool: English only.
 */
import { useId, useState, useSyncExternalStore } from 'react';
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

export function createMockInbox(store: InboxStore) {
  return function MockInbox() {
    const messages = useSyncExternalStore(store.subscribe, store.getSnapshot);
    const [open, setOpen] = useState(false);
    const panelId = useId();
    const titleId = useId();
    const label = `Mock inbox, ${messages.length} ${messages.length === 1 ? 'message' : 'messages'}`;
    return (
      <>
      {/* Room at the end of the page, so the floating button never covers its last controls. */}
      <div aria-hidden="true" className="h-20" />
      <div className="fixed start-4 bottom-4 z-40 flex flex-col items-start gap-2">
        {open && (
          <section
            id={panelId}
            aria-labelledby={titleId}
            className="flex max-h-[70dvh] w-[min(26rem,calc(100vw-2rem))] flex-col rounded-card border border-border bg-surface text-fg shadow-xl"
          >
            <div className="flex items-center justify-between gap-2 border-b border-border p-3">
              <h2 id={titleId} className="text-base font-semibold">
                Mock inbox
              </h2>
              <div className="flex gap-2">
                <button type="button" className="rounded-control px-2 py-1 text-sm hover:bg-subtle" disabled={!messages.length} onClick={() => store.clear()}>
                  Clear all
                </button>
                <button type="button" className="rounded-control px-2 py-1 text-sm hover:bg-subtle" onClick={() => setOpen(false)}>
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
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={label}
          onClick={() => setOpen((v) => !v)}
          className="flex min-h-10 items-center gap-2 rounded-full border border-border bg-surface px-4 text-sm font-medium text-fg shadow-lg hover:bg-subtle"
        >
          <span aria-hidden="true">✉</span> Inbox
          <span aria-hidden="true" className="rounded-full bg-accent px-2 text-xs text-accent-fg">
            {messages.length}
          </span>
        </button>
      </div>
      </>
    );
  };
}
