import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, following changes. Lets a list render only the layout in use (a
 * table or cards) instead of both with one hidden by CSS. Without matchMedia (tests), it matches.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => undefined;
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof matchMedia === 'function' ? matchMedia(query).matches : true),
  );
}
