/**
 * The size of an account's prefs as Appwrite measures it: the byte length of PHP's default
 * `json_encode` output ("/" escaped as "\/", every non-ASCII UTF-16 unit as "\uXXXX"), which the
 * server's Assoc validator limits to 65 535 (contract #25).
 */
export const PREFS_MAX_BYTES = 65_535;

export function prefsSize(prefs: unknown): number {
  const json = JSON.stringify(prefs);
  let length = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) length += 6;
    else if (json[i] === '/') length += 2;
    else length += 1;
  }
  return length;
}
