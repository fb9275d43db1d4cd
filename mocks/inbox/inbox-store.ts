/** The mock inbox as an external store for React: the backend's outbox, newest first. */
import type { Backend } from '../backend/backend.ts';
import type { Message } from '../backend/state.ts';

export interface InboxStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly Message[];
  clear: () => void;
}

export function createInboxStore(backend: Backend): InboxStore {
  let snapshot: readonly Message[] = [];
  let source: readonly Message[] | null = null;
  return {
    subscribe: (listener) => backend.subscribe(listener),
    // A new array only when the outbox changed, so React re-renders only then.
    getSnapshot: () => {
      const messages = backend.state.messages;
      if (messages !== source || messages.length !== snapshot.length) {
        source = messages;
        snapshot = [...messages].reverse();
      }
      return snapshot;
    },
    clear: () => {
      backend.handle({ method: 'DELETE', path: '/mock/messages', query: new URLSearchParams(), headers: {}, bodyText: '', ip: '127.0.0.1', host: 'localhost' });
    },
  };
}
