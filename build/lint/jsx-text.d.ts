/** Types of jsx-text.js (plain JS so eslint.config.js can load it without a TypeScript loader). */
import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { 'no-literal-text': Rule.RuleModule } };
export default plugin;
