import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers, { layerOf } from './layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ROOT = resolve(import.meta.dirname, '../..');
const at = (path: string) => resolve(ROOT, path);
const rule = layers.rules.imports;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } });

const ok = (filename: string, code: string) => ({ filename: at(filename), code });
const bad = (filename: string, code: string) => ({ filename: at(filename), code, errors: [{ messageId: 'forbidden' as const }] });

describe('layerOf', () => {
  it('names the layer of a path, and a feature by its folder', () => {
    expect(layerOf(at('src/features/auth/methods/x.tsx'))).toEqual({ name: 'feature', feature: 'auth' });
    expect(layerOf(at('src/main.tsx'))).toEqual({ name: 'app' });
    expect(layerOf(at('mocks/backend/seed.ts'))).toEqual({ name: 'mock-backend' });
    expect(layerOf(at('mocks/server.ts'))).toEqual({ name: 'mock' });
    expect(layerOf(at('build/plugins/x.ts'))).toBeNull();
  });
});

tester.run('layers/imports', rule, {
  valid: [
    ok('src/features/auth/sign-in-page.tsx', "import { x } from './methods/password-method.tsx';"),
    ok('src/features/auth/methods/x.tsx', "import { y } from '../email-form.tsx'; import { z } from '../../../api/auth/sign-in.ts';"),
    ok('src/features/email/x.tsx', "import { a } from '../../components/ui/alert.tsx'; import { b } from '../../lib/cx.ts'; import { c } from '../../config/runtime-config-context.tsx'; import { d } from '../../../contract/limits.ts';"),
    ok('src/app/routes/router.tsx', "import { x } from '../../features/profile/profile-page.tsx';"),
    ok('src/components/ui/alert.tsx', "import type { AccountError } from '../../api/client/errors.ts';"),
    ok('src/api/prefs.ts', "import { m } from '../lib/prefs/merge-prefs.ts';"),
    ok('src/lib/forms/account-rules.ts', "import { L } from '../../../contract/limits.ts';"),
    ok('src/app/start-backend.ts', "const m = import('../../mocks/browser.ts');"),
    ok('src/main.tsx', "import './index.css';"),
    ok('src/app/routes/page-modules.ts', "const pages = import.meta.glob(['/src/features/*/*-page.tsx', '/src/app/layouts/app-shell.tsx']);"),
    ok('src/features/auth/x.ts', "type Api = typeof import('../../api/auth/sign-in.ts');"),
    ok('src/features/email/email-page.test.tsx', "import { renderApp } from '../../test/render.tsx';"),
    ok('mocks/backend/passwords.ts', "import { COMMON_PASSWORDS } from '../../contract/common-passwords.ts';"),
    ok('mocks/browser.ts', "import { createBackend } from './backend/backend.ts';"),
    ok('src/features/email/x.tsx', "import { useState } from 'react';"),
  ],
  invalid: [
    bad('src/features/auth/x.tsx', "import { PhoneVerification } from '../phone/phone-verification.tsx';"),
    bad('src/features/auth/methods/x.tsx', "import { y } from '../../email/email-page.tsx';"),
    bad('src/features/auth/x.tsx', "const m = import('../phone/phone-page.tsx');"),
    bad('src/features/auth/x.tsx', "export { y } from '../email/email-page.tsx';"),
    bad('src/features/auth/x.tsx', "import { AppShell } from '../../app/layouts/app-shell.tsx';"),
    bad('src/lib/x.ts', "import { SignInPage } from '../features/auth/sign-in-page.tsx';"),
    bad('src/lib/forms/x.ts', "import type { AccountError } from '../../api/client/errors.ts';"),
    bad('src/lib/x.ts', "import { Alert } from '../components/ui/alert.tsx';"),
    bad('src/api/x.ts', "import { createApp } from '../app/app.tsx';"),
    bad('src/api/x.ts', "import { Alert } from '../components/ui/alert.tsx';"),
    bad('src/components/ui/x.tsx', "import { createApp } from '../../app/app.tsx';"),
    bad('src/components/ui/x.tsx', "import { x } from '../../features/auth/email-form.tsx';"),
    bad('src/config/x.ts', "import { cx } from '../lib/cx.ts';"),
    bad('src/features/auth/x.tsx', "import { DEMO_USER } from '../../../mocks/backend/seed.ts';"),
    bad('src/features/auth/x.tsx', "import { mockApi } from '../../test/mock-api.ts';"),
    bad('contract/x.ts', "import { x } from '../src/lib/cx.ts';"),
    bad('mocks/backend/x.ts', "import { x } from '../../src/lib/cx.ts';"),
    bad('mocks/backend/x.ts', "import { x } from '../browser.ts';"),
    bad('src/app/start-backend.ts', "import { startMockWorker } from '../../mocks/browser.ts';"),
    bad('src/main.tsx', "const m = import('../mocks/browser.ts');"),
    bad('src/features/auth/x.ts', "const pages = import.meta.glob('/src/features/email/*.tsx');"),
    bad('src/features/auth/x.ts', "const pages = import.meta.glob(['../email/*.tsx']);"),
    bad('src/features/auth/x.ts', "type Page = typeof import('../email/email-page.tsx');"),
    bad('src/lib/x.ts', "import { y } from '/src/api/client/errors.ts';"),
    bad('src/lib/x.ts', "import { plugins } from '../../vite.config.ts';"),
    bad('mocks/backend/tests/x.test.ts', "import { renderApp } from '../../../src/test/render.tsx';"),
  ],
});
