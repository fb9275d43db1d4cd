/**
 * The tests Stryker runs against each mutant: the unit tests of the mutated modules (src/lib, src/api,
 * contract, the mock backend), not the page tests, which reach the same code through whole journeys
 * and would make every mutant take minutes. Shares the app's Vite config (aliases, the SDK inlined).
 */
import { defineConfig } from 'vitest/config';
import appConfig from '../../vite.config.ts';

export default defineConfig((env) => {
  const app = (typeof appConfig === 'function' ? appConfig(env) : appConfig);
  return {
    ...app,
    test: {
      ...app.test,
      reporters: ['default'],
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'jsdom', include: ['src/lib/**/*.test.{ts,tsx}', 'src/api/**/*.test.{ts,tsx}'], setupFiles: ['src/test/setup.ts'] },
        },
        { extends: true, test: { name: 'mock', environment: 'node', include: ['mocks/**/*.test.ts'] } },
        { extends: true, test: { name: 'contract', environment: 'node', include: ['contract/**/*.test.ts'] } },
      ],
    },
  };
});
