/**
 * Byte length of PHP's default `json_encode` output, which Appwrite's Assoc validator measures
 * (≤ 65 535): "/" is escaped as "\/" and every non-ASCII UTF-16 unit as "\uXXXX".
 */
export function phpJsonLength(value: unknown): number {
  const json = JSON.stringify(value);
  let length = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code > 0x7f) length += 6;
    else if (json[i] === '/') length += 2;
    else length += 1;
  }
  return length;
}
