import { startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createApp } from './app/app.tsx';
import { startBackend } from './app/start-backend.ts';
import { ConfigError, loadRuntimeConfig } from './config/runtime-config.ts';
import { loadLanguage } from './lib/i18n/load-language.ts';
import { deviceLanguage } from './lib/prefs/device-display.ts';
import './index.css';

// index.html has a #root; the fallback only keeps a broken page from failing silently.
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
// Production builds ship some pages prerendered (see build/prerender/): painted, but inert until now.
const prerendered = container.hasAttribute('data-prerendered');

/** Runs once the first render has committed, before that frame paints. */
function AfterCommit({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(onCommit, [onCommit]);
  return children;
}

function makeInteractive() {
  container.removeAttribute('inert');
  container.removeAttribute('data-prerendered');
}

/**
 * Replaces the prerendered page (if any) in one commit, then makes it interactive. Over a prerendered
 * page the first render is a transition: it runs in short slices, so it blocks no input meanwhile.
 * Only there: RouterProvider subscribes to the router when it commits, so a router update during a
 * sliced render would be lost. Over a prerendered page the router is ready before it starts and the
 * page takes no input until the commit; elsewhere the router is still loading then.
 */
function show(root: Root, element: ReactNode, sliced = false) {
  const render = () => root.render(<AfterCommit onCommit={makeInteractive}>{element}</AfterCommit>);
  if (sliced) startTransition(render);
  else render();
}

async function bootstrap() {
  const root = createRoot(container);
  // Its words load alongside the config: the first render is in the visitor's language (English if they fail).
  const language = deviceLanguage();
  const words = loadLanguage(language)?.catch(() => undefined);
  try {
    const config = await loadRuntimeConfig(import.meta.env.BASE_URL);
    const { endpoint, mock } = await startBackend(config);
    const { App, ready } = createApp({ config: { ...config, endpoint }, mock, language });
    await words;
    // A prerendered page stays until the app can show the same page (its code loaded), not a fallback.
    if (prerendered) await ready;
    show(root, <App />, prerendered);
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : [String(error)];
    // Its code loads only when needed; if even that fails, the problems as plain text.
    const page = await import('./app/pages/config-error-page.tsx').catch(() => null);
    if (page) show(root, <page.ConfigErrorPage problems={problems} />);
    else container.textContent = problems.join('\n');
  }
}

void bootstrap();
