/** Types of layers.js (plain JS so eslint.config.js can load it without a TypeScript loader). */
import type { ESLint, Rule } from 'eslint';

export interface Layer {
  name: string;
  feature?: string;
}

export function layerOf(file: string): Layer | null;
export function allowed(from: Layer, to: Layer, how: { isTest: boolean; dynamic: boolean; path: string }): boolean;

declare const plugin: ESLint.Plugin & { rules: { imports: Rule.RuleModule } };
export default plugin;
