/** At most `max` characters, cut at a word boundary with «…» (mid-word only when a word is longer than half of it). */
export function cutAtWord(text: string, max = 100): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trimEnd()}…`
}
