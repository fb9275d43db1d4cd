import type { CSSOptions } from 'vite';
import { scopeCss } from './scope-css.ts';

/** The widget's root class and cascade layer (the layer's name: `ACCOUNT_SETTINGS_LAYER` at build time). */
export const WIDGET_ROOT_CLASS = 'account-settings';
export const WIDGET_LAYER = process.env.ACCOUNT_SETTINGS_LAYER ?? 'account-settings';

/** Vite's CSS options that confine src/app/embed/widget.css to the widget (the app's own CSS is untouched). */
export function widgetCss(): CSSOptions {
  return { postcss: { plugins: [scopeCss({ rootClass: WIDGET_ROOT_CLASS, layer: WIDGET_LAYER, include: /src[\\/]app[\\/]embed[\\/]widget\.css$/ })] } };
}
