/**
 * Confines a stylesheet to the embedded widget (PostCSS plugin, applied to src/app/embed/widget.css only):
 * - every rule matches inside the widget's root element only: `:where(.account-settings) <selector>`
 *   (no added specificity, so the sheet's own order of precedence is kept); `:root`, `html`, `:host` and
 *   `body` become the root itself; a selector that can match the root (`*`, `[data-theme=dark]`) also
 *   matches it;
 * - `@keyframes` get a prefixed name (and the animations that use them), so a host's `spin` is not ours;
 * - everything goes into one cascade layer, so a host's layered styles keep their order around it;
 * - one un-layered guard rule puts `all: revert-layer` on every element of the widget: an un-layered host
 *   rule (`button { background: red }`, `* { font-family: serif }`) up to one id of specificity is rolled
 *   back to the widget's own layered value. A host's `!important` still wins (as it should).
 * `@property` registrations stay global (a layer cannot hold them; they only type `--tw-*` variables).
 */
import type { AtRule, Declaration, Plugin, Root, Rule } from 'postcss';

export interface ScopeOptions {
  /** The class of the widget's root element. */
  rootClass: string;
  /** The cascade layer the widget's rules go in. */
  layer: string;
  /** Which stylesheets to scope (by file path); others pass untouched. */
  include: RegExp;
}

/** The document's root selectors at the start of a selector (not `:host(…)`, not `html-viewer`). */
const ROOT_NAMES = /^(?::root|html|:host|body)(?![\w(-])/;

/** Splits a selector list at its top-level commas (not those inside `:is(a, b)`). */
export function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const char = list[i];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** One selector, confined to the widget: the forms it takes (one, or two when it may match the root). */
export function scopeSelector(selector: string, rootClass: string): string[] {
  const root = `:where(.${rootClass})`;
  if (ROOT_NAMES.test(selector)) return [selector.replace(ROOT_NAMES, root)];
  const inside = `${root} ${selector}`;
  // `*` and an attribute selector can match the root element too (the root carries data-theme, lang, dir).
  if (selector === '*') return [root, inside];
  if (selector.startsWith('[')) return [`${root}${selector}`, inside];
  return [inside];
}

function insideKeyframes(rule: Rule): boolean {
  const parent = rule.parent;
  return parent?.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name);
}

function renameAnimations(root: Root, prefix: string) {
  const names = new Set<string>();
  root.walkAtRules(/keyframes$/i, (rule) => {
    names.add(rule.params);
    rule.params = `${prefix}${rule.params}`;
  });
  if (!names.size) return;
  const pattern = new RegExp(`(?<![\\w-])(${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  root.walkDecls((decl: Declaration) => {
    if (/^(animation|animation-name)$/.test(decl.prop) || decl.prop.startsWith('--animate')) decl.value = decl.value.replace(pattern, `${prefix}$1`);
  });
}

export function scopeCss({ rootClass, layer, include }: ScopeOptions): Plugin {
  return {
    postcssPlugin: 'scope-to-widget',
    OnceExit(root, { atRule, rule }) {
      if (!include.test(root.source?.input.file ?? '')) return;
      root.walkRules((node) => {
        if (insideKeyframes(node)) return;
        node.selectors = node.selectors.flatMap((selector) => splitSelectors(selector).flatMap((part) => scopeSelector(part, rootClass)));
      });
      renameAnimations(root, `${rootClass}-`);

      // Everything but @property (and @charset/@import, which must come first) into the widget's layer.
      const wrapper = atRule({ name: 'layer', params: layer });
      for (const node of [...root.nodes]) {
        if (node.type === 'atrule' && /^(property|charset|import)$/i.test(node.name)) continue;
        wrapper.append(node.remove());
      }
      root.append(wrapper);
      const notId = ':not(#\\#)';
      const pseudoElements = ['::before', '::after', '::placeholder', '::marker', '::selection', '::file-selector-button', '::backdrop'];
      root.append(
        rule({
          selectors: [`.${rootClass}${notId}`, `.${rootClass} ${notId}`, ...pseudoElements.map((pseudo) => `.${rootClass} ${notId}${pseudo}`)],
        }).append({ prop: 'all', value: 'revert-layer' }),
      );
    },
  };
}
scopeCss.postcss = true as const;
