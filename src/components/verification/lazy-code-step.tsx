import { lazy, Suspense, type ComponentProps } from 'react';
import { ignoreError } from '../../lib/ignore-error.ts';

/**
 * The code form of the settings pages appears only after a code was sent, so its code loads then
 * (a click that sends a code starts it with `preloadCodeStep`), not with the page.
 */
const load = () => import('./code-step.tsx');
const CodeStep = lazy(() => load().then((m) => ({ default: m.CodeStep })));

export function preloadCodeStep() {
  load().catch(ignoreError);
}

export function LazyCodeStep(props: ComponentProps<typeof CodeStep>) {
  return (
    <Suspense>
      <CodeStep {...props} />
    </Suspense>
  );
}
