/** The standalone entry with its stylesheet (see index-entry.ts). */
import '../../src/app/embed/widget.css';

export * from '../../src/app/embed/standalone.ts';
