import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation (not the first render), moves focus to the new page's heading inside
 * `main`, so screen readers start reading there; `onNavigate` runs first (e.g. a menu closes).
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>, onNavigate?: () => void) {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    onNavigate?.();
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on navigation only
  }, [pathname]);
}
