/**
 * User-visible words in JSX come from the catalogues (src/lib/i18n), never from literals, so every
 * language gets them. The rule reports, wherever they contain a letter (`\p{L}`, any script):
 *
 *   - JSX text: `<p>Hello</p>`;
 *   - a string or template literal shown as a child, `{'Hello'}`, `{`Hello ${name}`}`, or as the value of an
 *     attribute people see or hear: aria-label, aria-description, aria-roledescription, aria-valuetext,
 *     aria-placeholder, title, placeholder, alt, label (`title="Hello"`, `title={'Hello'}`);
 *   - in those two places, the branches of `a ? 'Yes' : 'No'` and `a && 'Yes'` / `a || 'Yes'` / `a ?? 'Yes'`
 *     (and the literal inside `'Yes' as const`), which show up just the same.
 *
 * Allowed, and why:
 *   - text without a letter: digits, punctuation, symbols and whitespace (`·`, `—`, `+`, `…`, `{' '}`, `2 / 5`)
 *     read the same in every language the app ships;
 *   - the contents of `<code>` (and of elements inside it): identifiers, file names and commands are not
 *     translated (`<code>config.json</code>`). `<kbd>` is not exempt: key names are translated (Ctrl → Strg);
 *   - strings in any other attribute (className, id, type, href, data-*, value, …): they are not shown, or, for
 *     a component's own props, the component decides; its JSX is checked where it renders them;
 *   - strings outside JSX (constants, object literals): checked where they are rendered, if they are literals
 *     there, and otherwise kept honest by review. Anything else genuinely untranslatable (a product name) is
 *     an `eslint-disable-next-line` with the reason.
 */

/** Attributes whose text is shown or read out. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Elements whose text is code, not words. */
const CODE_ELEMENTS = new Set(['code']);

const LETTER = /\p{L}/u;

/** The text as the message quotes it: whitespace collapsed, long text shortened. */
function quote(/** @type {string} */ text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** @param {any} name a JSXIdentifier, JSXMemberExpression or JSXNamespacedName */
const elementName = (name) => (name?.type === 'JSXIdentifier' ? name.name : null);

/** Whether a node sits inside an element whose text is exempt (`<code>`). @param {any} node */
function insideCode(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'JSXElement' && CODE_ELEMENTS.has(elementName(parent.openingElement.name) ?? '')) return true;
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
const noLiteralText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text in JSX comes from the i18n catalogues (t()), not from literals.' },
    messages: { literal: 'Literal text "{{text}}" in JSX: put it in a catalogue (src/lib/i18n/en/…) and use t().' },
    schema: [],
  },
  create(context) {
    /** @param {any} node @param {string} text */
    const report = (node, text) => {
      if (LETTER.test(text)) context.report({ node, messageId: 'literal', data: { text: quote(text) } });
    };

    /** An expression shown as it is: its literal text, or the literal text of what it evaluates to. @param {any} node */
    const checkShown = (node) => {
      if (!node) return;
      switch (node.type) {
        case 'Literal':
          if (typeof node.value === 'string') report(node, node.value);
          return;
        case 'TemplateLiteral':
          report(node, node.quasis.map((/** @type {any} */ quasi) => quasi.value.cooked ?? quasi.value.raw).join(' '));
          return;
        case 'ConditionalExpression':
          checkShown(node.consequent);
          checkShown(node.alternate);
          return;
        case 'LogicalExpression':
          // `a && 'x'` shows 'x' (or a falsy a); `a || 'x'` and `a ?? 'x'` show either side.
          if (node.operator !== '&&') checkShown(node.left);
          checkShown(node.right);
          return;
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
          checkShown(node.expression);
          return;
        default:
      }
    };

    return {
      /** @param {any} node */
      JSXText(node) {
        if (!insideCode(node)) report(node, node.value);
      },
      /** `{…}` as a child (not an attribute value, and not `{/* comment *\/}`). @param {any} node */
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXAttribute' || node.expression.type === 'JSXEmptyExpression' || insideCode(node)) return;
        checkShown(node.expression);
      },
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !VISIBLE_ATTRIBUTES.has(node.name.name) || !node.value) return;
        checkShown(node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value);
      },
    };
  },
};

export default { meta: { name: 'jsx-text' }, rules: { 'no-literal-text': noLiteralText } };
