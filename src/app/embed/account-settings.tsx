import { useEffect, useRef } from 'react';
import type { EmbedOptions } from './embed-options.ts';
import { mountAccountSettings } from './mount.tsx';

/**
 * `<AccountSettings endpoint projectId … />` for React hosts: the same widget as `mountAccountSettings`, in
 * an element this component renders (a root of its own inside the host's tree: the widget's state, router
 * and styles stay apart from the host app's). Changing an option remounts it.
 */
export function AccountSettings({ className, ...options }: EmbedOptions & { className?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const { endpoint, projectId, routing, initialPath, locale, theme } = options;
  // A primitive for the effect's dependencies: an inline `{ basePath }` is a new object every render.
  const routingKey = typeof routing === 'object' ? routing.basePath : routing;
  useEffect(() => {
    if (!element.current) return;
    const widget = mountAccountSettings(element.current, {
      endpoint,
      projectId,
      ...(routingKey && { routing: routingKey === 'memory' ? 'memory' : { basePath: routingKey } }),
      ...(initialPath && { initialPath }),
      ...(locale && { locale }),
      ...(theme && { theme }),
    });
    return () => widget.unmount();
  }, [endpoint, projectId, routingKey, initialPath, locale, theme]);
  return <div ref={element} className={className} />;
}
