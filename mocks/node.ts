/** The embedded mock for Vitest: MSW's node interceptor in front of an in-memory backend. */
import { setupServer } from 'msw/node';
import { createBackend, type BackendConfig } from './backend/backend.ts';
import { appwriteHandlers } from './handlers/appwrite-handlers.ts';

export function createMockApi(endpoint: string, config: BackendConfig = {}) {
  const backend = createBackend({ seed: 'demo', ...config });
  const server = setupServer(...appwriteHandlers(backend, endpoint));
  return { backend, server };
}
