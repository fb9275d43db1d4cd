/**
 * Inlined into each prerendered page (by build/plugins/prerender-pages.ts), so it is self-contained: no
 * imports, nothing from module scope. It runs in <head> while the page is parsed and starts the app's
 * scripts once the prerendered page has painted: the page needs none of them to show, so they must not
 * hold it up. (Or after 1 s: a background tab does not paint; or at once when the URL asks for a variant
 * of the page that was not prerendered, or when the visitor's language is not the page's.)
 */
export function startAfterPaint(preloads: string[], entry: string, variantParams: string[], pageLanguage: string, words: Record<string, string[]>) {
  const root = () => document.getElementById('root');
  const prerendered = () => root()?.hasAttribute('data-prerendered') ?? false;
  const makeLive = (html: string) => {
    const element = root();
    if (!element) return;
    element.removeAttribute('inert');
    element.removeAttribute('data-prerendered');
    element.innerHTML = html;
  };
  const whenParsed = (run: () => void) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  };
  // Until the app takes over, a submit (Enter in a browser without `inert`) must not send the form.
  document.addEventListener('submit', (event) => prerendered() && event.preventDefault(), true);

  const add = <K extends 'link' | 'script'>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) => {
    const element = Object.assign(document.createElement(tag), { crossOrigin: '' }, props);
    document.head.appendChild(element);
    return element;
  };
  // Two per task: starting a request costs the main thread 2–8 ms on a phone.
  // A visitor in another language also needs its files of the page's words.
  const files = [...preloads, ...(Object.hasOwn(words, document.documentElement.lang) ? (words[document.documentElement.lang] ?? []) : [])];
  const preloadFrom = (index: number) => {
    for (const href of files.slice(index, index + 2)) add('link', { rel: 'modulepreload', href });
    if (index + 2 < files.length) setTimeout(preloadFrom, 0, index + 2);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = add('script', { type: 'module', src: entry });
    // Without its scripts the page would stay inert for good: say so instead.
    // Classes, not style attributes: the Content-Security-Policy allows no inline styles.
    script.onerror = () => prerendered() && makeLive('<p role="alert" class="p-4">This page could not load. <a href="" class="underline">Reload</a></p>');
    preloadFrom(0);
  };

  const search = new URLSearchParams(location.search);
  // A visitor in another language (set by the first-paint script) gets the live page, not English first.
  if (variantParams.some((name) => search.has(name)) || document.documentElement.lang !== pageLanguage) {
    // Not a frame of the wrong variant or language: hidden until parsed, then emptied for the app to fill.
    document.documentElement.style.visibility = 'hidden';
    whenParsed(() => {
      makeLive('');
      document.documentElement.style.visibility = '';
    });
    whenParsed(start);
    return;
  }
  try {
    new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && whenParsed(start)).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer starts the scripts.
  }
  setTimeout(() => whenParsed(start), 1000);
}
