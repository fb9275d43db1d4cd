/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "ada@example.com" → "A". */
export function initials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2) return `${firstChar(words[0])}${firstChar(words[words.length - 1])}`.toUpperCase();
  if (words.length === 1) return firstChar(words[0]).toUpperCase();
  return firstChar(email).toUpperCase() || '?';
}

function firstChar(word: string | undefined): string {
  // The first code point, so an emoji or astral-plane letter is not cut in half.
  return word ? String.fromCodePoint(word.codePointAt(0) ?? 63) : '';
}
