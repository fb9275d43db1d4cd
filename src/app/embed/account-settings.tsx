import { useEffect, useRef } from 'react';
import type { EmbedOptions, JwtAuth, MountedAccountSettings } from './embed-options.ts';
import { mountAccountSettings } from './mount.tsx';

/**
 * `<AccountSettings endpoint projectId … />` for React hosts: the same widget as `mountAccountSettings`, in
 * an element this component renders (a root of its own inside the host's tree: the widget's state, router
 * and styles stay apart from the host app's). A new language, theme or tokens apply in place; the
 * callbacks and `getJWT` may change every render; `initialSection` and the first JWT count at mount only; a
 * change of anything else (endpoint, project, auth mode, routing, sections, dashboardUrl) mounts it afresh.
 */
export function AccountSettings({ className, ...options }: EmbedOptions & { className?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const widget = useRef<MountedAccountSettings | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { endpoint, projectId, auth, routing, sections, dashboardUrl, locale, theme, tokens } = options;
  // Primitives for the effects' dependencies: inline objects and arrays are new every render.
  const routingKey = typeof routing === 'object' ? routing.basePath : routing;
  const sectionsKey = sections?.join(',');
  const tokensKey = JSON.stringify(tokens ?? {});
  const jwtAuth = typeof auth === 'object';

  useEffect(() => {
    if (!element.current) return;
    const { auth: givenAuth, ...given } = latest.current;
    const mounted = mountAccountSettings(element.current, {
      ...given,
      // The host's getJWT as it is when asked, not as it was at mount.
      ...(typeof givenAuth === 'object' && { auth: { ...(givenAuth.jwt && { jwt: givenAuth.jwt }), getJWT: () => (latest.current.auth as JwtAuth).getJWT() } }),
      // The callbacks as they are when called.
      onSignOut: () => latest.current.onSignOut?.(),
      onAccountChange: (user) => latest.current.onAccountChange?.(user),
      onNavigate: (section) => latest.current.onNavigate?.(section),
    });
    widget.current = mounted;
    const node = element.current;
    return () => {
      widget.current = null;
      // Out of the page now; the nested root unmounts once the host's render is over (React refuses
      // to unmount a root synchronously from inside another root's commit).
      node.replaceChildren();
      queueMicrotask(() => mounted.unmount());
    };
  }, [endpoint, projectId, jwtAuth, routingKey, sectionsKey, dashboardUrl]);

  // `tokensKey` stands for `tokens`.
  useEffect(() => {
    widget.current?.update({ locale, theme, tokens: JSON.parse(tokensKey) as EmbedOptions['tokens'] });
  }, [locale, theme, tokensKey]);
  return <div ref={element} className={className} />;
}
