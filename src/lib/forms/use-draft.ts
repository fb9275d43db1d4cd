/**
 * Drafts of a page's forms, kept in sessionStorage (this tab, until it closes) while they differ from
 * what is saved, so a session that ends mid-edit does not lose the edit: after signing back in, the
 * form comes back as it was. Only what the caller passes is kept: never passwords, codes or secrets.
 * Keyed by the user's id, so another user signing in on this tab never sees them.
 */
import { useEffect, useState } from 'react';
import { DRAFT_PREFIX as PREFIX } from './draft-storage.ts';

function read(id: string): unknown {
  try {
    const text = sessionStorage.getItem(PREFIX + id);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function write(id: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + id, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the draft is simply not kept.
  }
}

/** Whether there is a draft `id` (e.g. to open the form that will restore it). */
export function hasDraft(id: string): boolean {
  return read(id) !== null;
}

/**
 * Keeps `value` as the draft `id` while `dirty`, drops it once not (saved or discarded). When the
 * component starts with a draft for `id`, hands it to `restore` once, and returns true (say so).
 * `id` is null until known (the account still loading): nothing is read or kept meanwhile.
 */
export function useDraft<T>(id: string | null, value: T, dirty: boolean, restore: (draft: T) => void): boolean {
  const [found, setFound] = useState<{ id: string | null; draft: unknown }>(() => ({ id, draft: id ? read(id) : null }));
  // The id became known (or changed): look for its draft during render, not in an effect.
  if (found.id !== id) setFound({ id, draft: id ? read(id) : null });

  useEffect(() => {
    if (found.draft !== null) restore(found.draft as T);
    // Once per draft found: `restore` may be a new function every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [found]);

  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!id) return;
    if (dirty) write(id, JSON.parse(serialized));
    else sessionStorage.removeItem(PREFIX + id);
  }, [id, dirty, serialized]);

  return found.draft !== null;
}
