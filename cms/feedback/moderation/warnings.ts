/**
 * What the moderator is warned of on an item: personal data masked out of the public text, abuse
 * words or links found at intake. Reads the intake's `personalData` and `flags` as they are stored
 * (JSON), tolerant of their shape: a warning is never lost because a field held something unexpected.
 */

const KIND_WORDS: Record<string, string> = {
  phone: 'số điện thoại',
  phones: 'số điện thoại',
  id: 'số CCCD/CMND',
  ids: 'số CCCD/CMND',
  idNumber: 'số CCCD/CMND',
  idNumbers: 'số CCCD/CMND',
  'id-number': 'số CCCD/CMND',
  email: 'địa chỉ thư điện tử',
  emails: 'địa chỉ thư điện tử',
}

const kindWord = (kind: string): string => KIND_WORDS[kind] ?? kind

/** «2 số điện thoại, 1 địa chỉ thư điện tử», or null when nothing was masked. */
export function personalDataSummary(value: unknown): string | null {
  const counts = new Map<string, number>()
  const add = (kind: string, n = 1) => counts.set(kindWord(kind), (counts.get(kindWord(kind)) ?? 0) + n)
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (entry && typeof entry === 'object') {
        const kind = (entry as Record<string, unknown>).kind ?? (entry as Record<string, unknown>).type
        add(typeof kind === 'string' ? kind : 'thông tin cá nhân')
      } else add('thông tin cá nhân')
    }
  } else if (value && typeof value === 'object') {
    for (const [kind, entry] of Object.entries(value)) {
      if (Array.isArray(entry) && entry.length > 0) add(kind, entry.length)
      else if (typeof entry === 'number' && entry > 0) add(kind, entry)
    }
  }
  if (counts.size === 0) return null
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')
}

export interface FlagSummary {
  words: string[]
  links: number
}

/** The abuse words and the link count the intake found; null when neither. */
export function flagSummary(value: unknown): FlagSummary | null {
  if (!value || typeof value !== 'object') return null
  const flags = value as Record<string, unknown>
  const list = flags.words ?? flags.abuse ?? flags.abuseWords ?? []
  const words = Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : []
  const rawLinks = flags.links ?? flags.linkCount ?? 0
  const links = typeof rawLinks === 'number' ? rawLinks : Array.isArray(rawLinks) ? rawLinks.length : 0
  return words.length === 0 && links === 0 ? null : { words, links }
}

export function flagText(flags: FlagSummary): string {
  const parts = [
    flags.words.length > 0 ? `từ ngữ có thể xúc phạm: ${flags.words.map((w) => `«${w}»`).join(', ')}` : '',
    flags.links > 0 ? `${flags.links} đường liên kết` : '',
  ].filter(Boolean)
  return parts.join('; ')
}

/** The masked values with their kind, for the moderator's warning (staff only): «0912 345 678 (số điện thoại)». */
export function personalDataValues(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return []
    const { kind, value: found } = entry as Record<string, unknown>
    return typeof found === 'string' ? [`${found} (${kindWord(typeof kind === 'string' ? kind : '')})`] : []
  })
}
