import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { transformWithOxc, type Plugin } from 'vite';
import { LANGUAGES, textDirection } from '../../src/lib/i18n/languages.ts';
import { DEVICE_DISPLAY_KEY } from '../../src/lib/prefs/device-display.ts';

/**
 * Puts build/first-paint/apply-device-display.ts inline in index.html's <head> (dev and build; the
 * prerendered pages copy it), before the stylesheet and any other script: theme, `lang` and `dir` are
 * right from the first frame, and a prerendered English page knows whether to show itself.
 */
export function firstPaintDisplay(): Plugin {
  let script = '';
  return {
    name: 'first-paint-display',
    async configResolved(config) {
      const file = resolve(config.root, 'build/first-paint/apply-device-display.ts');
      const code = (await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' })).code.replace(/^export /m, '');
      const codes = LANGUAGES.map((language) => language.code);
      const args = [DEVICE_DISPLAY_KEY, codes, codes.filter((code) => textDirection(code) === 'rtl')];
      script = minifySync('first-paint.js', `(${code})(...${JSON.stringify(args)})`).code.trim();
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('</title>')) throw new Error('first-paint-display: index.html has no <title>');
        return html.replace('</title>', () => `</title>\n    <script data-first-paint>${script}</script>`);
      },
    },
  };
}
