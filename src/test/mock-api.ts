/** The MSW node server + in-memory backend shared by the app's tests (jsdom origin + /v1). */
import { createMockApi } from '../../mocks/node.ts';

export const TEST_ENDPOINT = 'http://localhost:3000/v1';
export const TEST_PROJECT = 'account-dashboard';

export const mockApi = createMockApi(TEST_ENDPOINT);
export { DEMO_USER } from '../../mocks/backend/seed.ts';
export { parseUserAgent } from '../../mocks/backend/user-agent.ts';
