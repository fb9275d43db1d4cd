/**
 * The library's two entries with their stylesheet: the CSS import lives here, not in src/app/embed/, so
 * the type declarations (from src/) import nothing a host's compiler cannot resolve.
 */
import '../../src/app/embed/widget.css';

export * from '../../src/app/embed/index.ts';
