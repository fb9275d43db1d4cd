/**
 * Size of prefs as Appwrite measures it: PHP json_encode's byte length (escaped "/" and "\uXXXX" for
 * every non-ASCII UTF-16 unit), limit 65 535 (contract #25).
 */
export const PREFS_LIMIT = 65_535;

export function prefsSize(prefs: unknown): number {
  const json = JSON.stringify(prefs);
  let length = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    length += code > 0x7f ? 6 : json[i] === '/' ? 2 : 1;
  }
  return length;
}
