/** The MSW node server + in-memory backend shared by the app's tests (jsdom origin + /v1). */
import { DEFAULT_PROJECT_ID } from '../../contract/demo.ts';
import { createMockApi } from '../../mocks/node.ts';

export const TEST_ENDPOINT = 'http://localhost:3000/v1';
export const TEST_PROJECT = DEFAULT_PROJECT_ID;

export const mockApi = createMockApi(TEST_ENDPOINT);
export { DEMO_USER } from '../../contract/demo.ts';
export { parseUserAgent } from '../../mocks/backend/user-agent.ts';
export { newTotpSecret, totpCode } from '../../mocks/backend/totp.ts';
