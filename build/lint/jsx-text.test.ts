import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import jsxText from './jsx-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = jsxText.rules['no-literal-text'];
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

const ok = (code: string) => ({ code, filename: 'x.tsx' });
/** Each `text` is one report, quoting that text. */
const bad = (code: string, ...texts: string[]) => ({ code, filename: 'x.tsx', errors: texts.map((text) => ({ messageId: 'literal' as const, data: { text } })) });

tester.run('jsx-text/no-literal-text', rule, {
  valid: [
    ok("<p>{t('profile.title')}</p>"),
    ok('<p>{name}</p>'),
    // Digits, punctuation, symbols and whitespace read the same in every language.
    ok('<p>{a} · {b}</p>'),
    ok("<span aria-hidden=\"true\">—</span>"),
    ok('<p>+ 2 / 5 …</p>'),
    ok("<p>{' '}{'·'}{`${a} · ${b}`}</p>"),
    ok('<p>\n  {a}\n</p>'),
    ok('<p>&nbsp;&mdash;&hellip;</p>'),
    ok('<p>{/* A comment is not text */}</p>'),
    // Code is not translated, in <code> or below it.
    ok('<code>config.json</code>'),
    ok("<code>PATCH /v1/mock/project {'{\"oauthProviders\": []}'}</code>"),
    ok('<code><span>npm test</span></code>'),
    // Attributes nobody sees or hears.
    ok('<div className="flex gap-2" id="main" data-testid="Hello world" role="status" />'),
    ok('<a href="https://example.com/Page" target="_blank" rel="noopener noreferrer" />'),
    ok('<input type="email" autoComplete="username" name="email" value={email} />'),
    ok("<time dateTime=\"2024-01-01\" lang=\"en\" dir={dir} />"),
    // Visible attributes given translated text, or text without a letter.
    ok("<img alt={t('app.logo')} src=\"/logo.svg\" />"),
    ok("<button aria-label={t('common.close')} title={label}>×</button>"),
    ok('<input placeholder="+1 555 0100" />'),
    ok('<img alt="" src="/decorative.svg" />'),
    ok('<Field label={label} aria-label={`${a}: ${b}`} />'),
    // Strings outside JSX are not this rule's business.
    ok("const kind = 'email'; const el = <p>{kind === 'email' ? t('a.b') : t('a.c')}</p>;"),
    ok("const el = <p>{format('Hello')}</p>;"),
  ],
  invalid: [
    bad('<p>Hello</p>', 'Hello'),
    bad('<p>\n  Sign in\n  again\n</p>', 'Sign in again'),
    bad('<p>Hello, {name}!</p>', 'Hello,'),
    bad('<h1>Anmelden</h1>', 'Anmelden'),
    bad('<h1>ログイン</h1>', 'ログイン'),
    bad('<h1>تسجيل الدخول</h1>', 'تسجيل الدخول'),
    bad("<p>{'Hello'}</p>", 'Hello'),
    bad('<p>{`Hello`}</p>', 'Hello'),
    bad('<p>{`Hello ${name}`}</p>', 'Hello'),
    bad("<p>{a ? 'On' : 'Off'}</p>", 'On', 'Off'),
    bad("<p>{a && 'Saved'}{b || 'Nobody'}{c ?? 'None'}</p>", 'Saved', 'Nobody', 'None'),
    bad("<p>{'Hello' as const}</p>", 'Hello'),
    bad('<kbd>Enter</kbd>', 'Enter'),
    bad('<button aria-label="Close dialog" />', 'Close dialog'),
    bad("<button aria-label={'Close'} />", 'Close'),
    bad('<div aria-description="Opens a menu" aria-roledescription="slide" />', 'Opens a menu', 'slide'),
    bad('<div role="slider" aria-valuetext="Medium" aria-placeholder="Pick one" />', 'Medium', 'Pick one'),
    bad('<abbr title="Coordinated Universal Time">UTC</abbr>', 'Coordinated Universal Time', 'UTC'),
    bad('<input placeholder="name@example.com" />', 'name@example.com'),
    bad('<img alt="Logo" src="/logo.svg" />', 'Logo'),
    bad("<Field label={busy ? 'Saving' : t('common.save')} />", 'Saving'),
    bad('<option value="dark">Dark</option>', 'Dark'),
    bad(
      '<p>This is a rather long sentence that the message shortens for the reader.</p>',
      'This is a rather long sentence that the…',
    ),
  ],
});
