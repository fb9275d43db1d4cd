import type { MockInfo } from '../config/runtime-config-context.tsx';
import { ConfigError, type RuntimeConfig } from '../config/runtime-config.ts';

/**
 * The Appwrite API an instance talks to: the configured endpoint, or, with none (dev and mock builds),
 * the embedded mock, started here. The one place src/ loads the mock: production builds drop the branch
 * (`__MOCK_AVAILABLE__` is a compile-time constant) and the mock with it.
 */
export async function startBackend(config: RuntimeConfig): Promise<{ endpoint: string; mock: MockInfo | null }> {
  if (config.endpoint !== null) return { endpoint: config.endpoint, mock: null };
  if (!__MOCK_AVAILABLE__) throw new ConfigError(['"endpoint" is missing: set it to your Appwrite API root, e.g. https://cloud.appwrite.io/v1.']);
  const base = import.meta.env.BASE_URL;
  const endpoint = `${location.origin}${base}v1`;
  const { startMockWorker } = await import('../../mocks/browser.ts');
  const mock = await startMockWorker({ endpoint, projectId: config.projectId, projectName: config.appName || undefined, basePath: base });
  return { endpoint, mock };
}
