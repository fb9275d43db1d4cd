/** Country display: a flag emoji from Appwrite's lower-case ISO code; `--` means unknown (local or private IP). */
export function countryFlag(code: string): string {
  if (!/^[a-z]{2}$/i.test(code)) return '';
  const upper = code.toUpperCase();
  // Regional indicator symbols: A → U+1F1E6 … Z → U+1F1FF.
  return String.fromCodePoint(0x1f1e6 + upper.charCodeAt(0) - 65, 0x1f1e6 + upper.charCodeAt(1) - 65);
}

export function isKnownCountry(code: string): boolean {
  return /^[a-z]{2}$/i.test(code);
}
