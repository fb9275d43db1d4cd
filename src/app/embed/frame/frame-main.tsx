/**
 * The iframe mode's own entry (`/embed/<section>`, built apart from the app by build/frame/: the app's
 * pages carry none of it). It reads the runtime config as the app does, starts the embedded mock when
 * no endpoint is configured (mock builds), and hands over to startFrame.
 */
import { createRoot } from 'react-dom/client';
import { ConfigError, loadRuntimeConfig } from '../../../config/runtime-config.ts';
import type { MockInfo } from '../../../config/runtime-config-context.tsx';
import { ConfigErrorPage } from '../../pages/config-error-page.tsx';
import { frameSection } from './frame-section.ts';
import { connectToParent, startFrame } from './start-frame.tsx';
import '../../../index.css';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));

async function bootstrap() {
  try {
    const config = await loadRuntimeConfig(import.meta.env.BASE_URL);
    const section = frameSection(location.pathname, import.meta.env.BASE_URL);
    const connection = connectToParent(config);
    let endpoint = config.endpoint;
    let mock: MockInfo | null = null;
    // Framed by a page that may not: a note, and nothing started (no mock, no request, no storage).
    if (connection === 'refused') return startFrame(container, { config: { ...config, endpoint: endpoint ?? `${location.origin}/v1` }, mock, section, connection });
    if (endpoint === null) {
      if (!__MOCK_AVAILABLE__) throw new ConfigError(['"endpoint" is missing: set it to your Appwrite API root, e.g. https://cloud.appwrite.io/v1.']);
      endpoint = `${location.origin}${import.meta.env.BASE_URL}v1`;
      const { startMockWorker } = await import('../../../../mocks/browser.ts');
      mock = await startMockWorker({ endpoint, projectId: config.projectId, projectName: config.appName || undefined, basePath: import.meta.env.BASE_URL });
    }
    startFrame(container, { config: { ...config, endpoint }, mock, section, connection });
  } catch (error) {
    createRoot(container).render(<ConfigErrorPage problems={error instanceof ConfigError ? error.problems : [String(error)]} />);
  }
}

void bootstrap();
