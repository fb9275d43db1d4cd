/**
 * The iframe mode's own entry (`/embed/<section>`, built apart from the app by build/frame/: the app's
 * pages carry none of it). It reads the runtime config and starts the backend as the app does, and
 * hands over to startFrame.
 */
import { createRoot } from 'react-dom/client';
import { ConfigError, loadRuntimeConfig } from '../../../config/runtime-config.ts';
import { ConfigErrorPage } from '../../pages/config-error-page.tsx';
import { startBackend } from '../../start-backend.ts';
import { connectToParent, frameSection, startFrame } from './start-frame.tsx';
import '../../../index.css';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));

async function bootstrap() {
  try {
    const config = await loadRuntimeConfig(import.meta.env.BASE_URL);
    const section = frameSection(location.pathname, import.meta.env.BASE_URL);
    const connection = connectToParent(config);
    // Framed by a page that may not: a note, and nothing started (no mock, no request, no storage).
    if (connection === 'refused') return startFrame(container, { config: { ...config, endpoint: config.endpoint ?? `${location.origin}/v1` }, mock: null, section, connection });
    const { endpoint, mock } = await startBackend(config);
    startFrame(container, { config: { ...config, endpoint }, mock, section, connection });
  } catch (error) {
    createRoot(container).render(<ConfigErrorPage problems={error instanceof ConfigError ? error.problems : [String(error)]} />);
  }
}

void bootstrap();
