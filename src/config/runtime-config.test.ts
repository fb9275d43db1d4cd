import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../contract/demo.ts';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtime-config.ts';

describe('parseRuntimeConfig', () => {
  it('applies defaults: no endpoint means mock mode, with every method the mock supports', () => {
    expect(parseRuntimeConfig({}, '/')).toEqual({
      endpoint: null,
      projectId: DEFAULT_PROJECT_ID,
      appName: '',
      logoUrl: '',
      signInMethods: ['emailPassword', 'magicUrl', 'emailCode', 'phoneCode', 'anonymous'],
      oauthProviders: ['github', 'google'],
      securityPhrase: true,
      basePath: '/',
      advancedPrefs: true,
      embedOrigins: ['self'],
    });
  });

  it('offers only email + password against a real server unless configured', () => {
    expect(parseRuntimeConfig({ endpoint: 'https://cloud.appwrite.io/v1' }, '/')).toMatchObject({ signInMethods: ['emailPassword'], oauthProviders: [], securityPhrase: false, embedOrigins: [] });
  });

  it('accepts a full configuration and trims a trailing slash from the endpoint', () => {
    const config = parseRuntimeConfig(
      { endpoint: 'https://cloud.appwrite.io/v1/', projectId: 'my-app', appName: 'My App', logoUrl: '/account/logo.svg', signInMethods: ['emailPassword', 'magicUrl'], basePath: '/account/' },
      '/',
    );
    expect(config).toMatchObject({ endpoint: 'https://cloud.appwrite.io/v1', projectId: 'my-app', logoUrl: '/account/logo.svg', signInMethods: ['emailPassword', 'magicUrl'], basePath: '/account/' });
  });

  it('collects every problem into one ConfigError', () => {
    try {
      parseRuntimeConfig({ endpoint: 'ftp://x', projectId: '-bad', signInMethods: ['carrierPigeon'], basePath: 'relative', appName: 3, oauthProviders: 'github', securityPhrase: 'yes', logoUrl: 'javascript:alert(1)', advancedPrefs: 1 }, '/');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(9);
    }
  });
});

describe('loadRuntimeConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets config.json override build-time defaults', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json({ appName: 'From file' }))));
    const config = await loadRuntimeConfig('/', { VITE_APP_NAME: 'From build', VITE_APPWRITE_PROJECT_ID: 'built' } as ImportMetaEnv);
    expect(config).toMatchObject({ appName: 'From file', projectId: 'built' });
  });

  it('reports a config.json that is not a JSON object', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('[1,2]'))));
    await expect(loadRuntimeConfig('/', {} as ImportMetaEnv)).rejects.toBeInstanceOf(ConfigError);
  });

  it('works without a config.json (build defaults only)', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('not found', { status: 404 }))));
    await expect(loadRuntimeConfig('/base/', {} as ImportMetaEnv)).resolves.toMatchObject({ endpoint: null, basePath: '/base/' });
  });
});
