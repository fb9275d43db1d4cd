import { createRoot } from 'react-dom/client';
import { createApp } from './app/app.tsx';
import { ConfigError, loadRuntimeConfig } from './app/config/runtime-config.ts';
import type { MockInfo } from './app/config/runtime-config-context.tsx';
import { ConfigErrorPage } from './app/pages/config-error-page.tsx';
import './index.css';

async function bootstrap() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const config = await loadRuntimeConfig(import.meta.env.BASE_URL);
    let endpoint = config.endpoint;
    let mock: MockInfo | null = null;
    if (endpoint === null) {
      // Compile-time constant: production builds drop this branch and the mock with it.
      if (!__MOCK_AVAILABLE__) throw new ConfigError(['"endpoint" is missing: set it to your Appwrite API root, e.g. https://cloud.appwrite.io/v1.']);
      endpoint = `${location.origin}${import.meta.env.BASE_URL}v1`;
      const { startMockWorker } = await import('../mocks/browser.ts');
      mock = await startMockWorker({ endpoint, projectId: config.projectId, projectName: config.appName, basePath: import.meta.env.BASE_URL });
    }
    const App = createApp({ config: { ...config, endpoint }, mock });
    root.render(<App />);
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : [String(error)];
    root.render(<ConfigErrorPage problems={problems} />);
  }
}

void bootstrap();
