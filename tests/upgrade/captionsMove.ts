/**
 * What the captions migration does to a library of the previous release: each
 * video's or recording's first WebVTT download becomes its captions, and that
 * download row goes (in the main table and in every version). Worked out from
 * the rows read before the upgrade, so both upgrade tests check the same thing.
 */
type Rows = Map<string, string[]>
type Row = Record<string, unknown>

const parse = (rows: Rows, table: string): Row[] => (rows.get(table) ?? []).map((line) => JSON.parse(line) as Row)

interface Tables {
  files: string
  parents: string
  kind: string
  captions: string
}

export const CAPTION_TABLES: Tables[] = [
  { files: 'materials_files', parents: 'materials', kind: 'kind', captions: 'captions_id' },
  {
    files: '_materials_v_version_files',
    parents: '_materials_v',
    kind: 'version_kind',
    captions: 'version_captions_id',
  },
]

export interface CaptionsMove {
  /** The rows every table should hold after the upgrade (old columns only). */
  expectedRows: Rows
  /** Per parent table: parent id → the media id its captions field should hold. */
  captionsOf: Map<string, Map<string, string>>
}

export function captionsMove(before: Rows): CaptionsMove {
  const vtt = new Set(
    parse(before, 'media')
      .filter((m) => m.mime_type === 'text/vtt')
      .map((m) => String(m.id)),
  )
  const expectedRows: Rows = new Map(before)
  const captionsOf = new Map<string, Map<string, string>>()
  for (const tables of CAPTION_TABLES) {
    const playing = new Set(
      parse(before, tables.parents)
        .filter((p) => p[tables.kind] === 'video' || p[tables.kind] === 'audio')
        .map((p) => String(p.id)),
    )
    const firsts = new Map<string, string>()
    const rows = parse(before, tables.files)
      .filter((r) => playing.has(String(r._parent_id)) && vtt.has(String(r.file_id)))
      .sort((a, b) => Number(a._order) - Number(b._order))
    for (const row of rows)
      if (!firsts.has(String(row._parent_id))) firsts.set(String(row._parent_id), String(row.file_id))
    captionsOf.set(tables.parents, firsts)
    expectedRows.set(
      tables.files,
      (before.get(tables.files) ?? []).filter((line) => {
        const row = JSON.parse(line) as Row
        return firsts.get(String(row._parent_id)) !== String(row.file_id)
      }),
    )
  }
  return { expectedRows, captionsOf }
}

/** Parent id → captions media id, as the upgraded database holds them (rows read with every column). */
export function captionsAfter(after: Rows): Map<string, Map<string, string>> {
  return new Map(
    CAPTION_TABLES.map((tables) => [
      tables.parents,
      new Map(
        parse(after, tables.parents)
          .filter((p) => p[tables.captions] !== null && p[tables.captions] !== undefined)
          .map((p) => [String(p.id), String(p[tables.captions])]),
      ),
    ]),
  )
}
