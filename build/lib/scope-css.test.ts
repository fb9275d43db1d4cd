import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { scopeCss, scopeSelector, splitSelectors } from './scope-css.ts';

const scope = (css: string, file = '/repo/src/app/embed/widget.css') =>
  postcss([scopeCss({ rootClass: 'acct', layer: 'acct-layer', include: /widget\.css$/ })]).process(css, { from: file }).css;
const flat = (css: string) => css.replace(/\s+/g, ' ').trim();

describe('scoping the widget’s stylesheet', () => {
  it('confines every selector to the root, without adding specificity', () => {
    expect(scopeSelector('.btn:hover > span', 'acct')).toEqual([':where(.acct) .btn:hover > span']);
    expect(scopeSelector('::backdrop', 'acct')).toEqual([':where(.acct) ::backdrop']);
  });

  it('turns the document’s root selectors into the widget’s root', () => {
    for (const selector of [':root', 'html', ':host', 'body']) expect(scopeSelector(selector, 'acct')).toEqual([':where(.acct)']);
    expect(scopeSelector(':root:not([data-theme=light])', 'acct')).toEqual([':where(.acct):not([data-theme=light])']);
    expect(scopeSelector('body:has([data-print-area]) *', 'acct')).toEqual([':where(.acct):has([data-print-area]) *']);
    // Not a prefix of a longer name, nor the :host() function (which never matches outside a shadow tree).
    expect(scopeSelector('html-viewer', 'acct')).toEqual([':where(.acct) html-viewer']);
    expect(scopeSelector(':host(.dark)', 'acct')).toEqual([':where(.acct) :host(.dark)']);
  });

  it('lets `*` and attribute selectors match the root itself too', () => {
    expect(scopeSelector('*', 'acct')).toEqual([':where(.acct)', ':where(.acct) *']);
    expect(scopeSelector("[data-theme='dark']", 'acct')).toEqual([":where(.acct)[data-theme='dark']", ":where(.acct) [data-theme='dark']"]);
  });

  it('splits selector lists at their top-level commas only', () => {
    expect(splitSelectors('a, b:is(.c, .d), [x="1,2"]')).toEqual(['a', 'b:is(.c, .d)', '[x="1,2"]']);
  });

  it('puts the rules in the layer, keeps @property global, renames keyframes and adds the guard', () => {
    const out = flat(
      scope(`@property --tw-x { syntax: "*"; inherits: false; }
        :root { --animate-spin: spin 1s linear infinite; }
        @keyframes spin { to { transform: rotate(360deg); } }
        .animate-spin { animation: var(--animate-spin); }
        .spinner { animation-name: spin; }
        @layer utilities { .p-4 { padding: 1rem; } }`),
    );
    expect(out).toMatch(/^@property --tw-x \{[^}]*\} @layer acct-layer \{/);
    expect(out).toContain(':where(.acct) { --animate-spin: acct-spin 1s linear infinite; }');
    expect(out).toContain('@keyframes acct-spin { to { transform: rotate(360deg); } }');
    expect(out).toContain(':where(.acct) .spinner { animation-name: acct-spin; }');
    expect(out).toContain('@layer utilities { :where(.acct) .p-4 { padding: 1rem; } }');
    // Last, outside every layer: host rules up to an id's specificity fall back to the widget's own.
    expect(out).toMatch(/\}\s*\.acct:not\(#\\#\), \.acct :not\(#\\#\), \.acct :not\(#\\#\)::before, \.acct :not\(#\\#\)::after, \.acct :not\(#\\#\)::placeholder, [^{]*::backdrop\s*\{\s*all:\s*revert-layer;?\s*\}$/);
  });

  it('leaves every other stylesheet alone', () => {
    const css = 'body { margin: 0 } @keyframes spin { to { opacity: 0 } }';
    expect(scope(css, '/repo/src/index.css')).toBe(css);
  });
});
