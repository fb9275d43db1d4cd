import { SECTIONS, type Section } from '../embed-options.ts';

/** The section an `/embed/<section>` path asks for, or null. */
export function frameSection(pathname: string, basePath: string): Section | null {
  const rest = pathname.startsWith(`${basePath}embed/`) ? pathname.slice(`${basePath}embed/`.length).replace(/\/$/, '') : null;
  return SECTIONS.find((section) => section === rest) ?? null;
}
