/**
 * What an anonymous `GET /api/materials` returns when the client names no
 * fields itself: what a list of materials shows (title, summary, cover, kind,
 * downloads, classification, units, dates), without the rich-text body, the
 * hidden body-media list or the language links, and with related documents cut
 * to their names. A client that wants more asks with `select`/`populate`
 * (published documents only, as ever); `GET /api/materials/<id>` is whole.
 */
const MATERIAL_FIELDS = [
  'title',
  'slug',
  'kind',
  'language',
  'summary',
  'coverImage',
  'captions',
  'files',
  'topics',
  'audiences',
  'campaign',
  'procedures',
  'ownerUnit',
  'appliesTo',
  'validFrom',
  'validUntil',
  'updatedAt',
  'createdAt',
  // Always "published" for the public; kept so a client can see it.
  '_status',
] as const

const POPULATED_FIELDS: Record<string, readonly string[]> = {
  // A list's thumbnail: the 480 px AVIF and WebP renditions and a JPEG fallback, not all seven.
  media: [
    'url',
    'filename',
    'alt',
    'mimeType',
    'filesize',
    'width',
    'height',
    'sizes.w480Avif',
    'sizes.w480Webp',
    'sizes.w960Jpeg',
    'format',
    'preview',
    'pageCount',
    'durationSeconds',
  ],
  units: ['name', 'shortName', 'slug', 'type'],
  topics: ['name', 'slug'],
  audiences: ['name', 'slug'],
  campaigns: ['name', 'slug'],
  procedures: ['code', 'name', 'field', 'onlineLevel'],
}

/** Collections whose anonymous lists get a default field selection, as query parameters. */
const DEFAULT_LIST_QUERY: Record<string, [string, string][]> = {
  materials: [
    ...MATERIAL_FIELDS.map((field): [string, string] => [`select[${field}]`, 'true']),
    ...Object.entries(POPULATED_FIELDS).flatMap(([collection, fields]) =>
      fields.map((field): [string, string] => [
        `populate[${collection}]${field
          .split('.')
          .map((part) => `[${part}]`)
          .join('')}`,
        'true',
      ]),
    ),
  ],
}

/** Adds the default selection to an anonymous list query that chose none itself. */
export function withDefaultListSelect(collection: string, params: URLSearchParams): URLSearchParams {
  const defaults = DEFAULT_LIST_QUERY[collection]
  if (!defaults) return params
  const keys = [...params.keys()]
  const result = new URLSearchParams(params)
  if (!keys.some((key) => key.startsWith('select'))) {
    for (const [key, value] of defaults) if (key.startsWith('select')) result.append(key, value)
  }
  if (!keys.some((key) => key.startsWith('populate'))) {
    for (const [key, value] of defaults) if (key.startsWith('populate')) result.append(key, value)
  }
  return result
}
