/**
 * Damaged or doctored copies of a backup archive, as a failing disk or a
 * careless hand would leave them: a flipped byte, a missing file, an edited
 * manifest. Test archives are small, so entries are held in memory.
 */
import fs from 'node:fs'

import tar from 'tar-stream'

export type ArchiveEntry = { name: string; data: Buffer }

export async function readArchive(file: string): Promise<ArchiveEntry[]> {
  const extract = tar.extract()
  fs.createReadStream(file).pipe(extract)
  const entries: ArchiveEntry[] = []
  for await (const entry of extract) {
    const chunks: Buffer[] = []
    for await (const chunk of entry as unknown as AsyncIterable<Buffer>) chunks.push(chunk)
    entries.push({ name: entry.header.name, data: Buffer.concat(chunks) })
  }
  return entries
}

export async function writeArchive(file: string, entries: ArchiveEntry[]): Promise<void> {
  const pack = tar.pack()
  const out = fs.createWriteStream(file)
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve)
    out.on('error', reject)
  })
  pack.pipe(out)
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: entry.name, size: entry.data.length }, entry.data, (error) =>
        error ? reject(error) : resolve(),
      ),
    )
  }
  pack.finalize()
  await done
}

/** Copies `source` to `target`, passing each entry through `edit` (null drops it). */
export async function editArchive(
  source: string,
  target: string,
  edit: (entry: ArchiveEntry) => Buffer | null,
): Promise<void> {
  const edited = (await readArchive(source)).flatMap((entry) => {
    const data = edit(entry)
    return data ? [{ name: entry.name, data }] : []
  })
  await writeArchive(target, edited)
}

/** The same bytes with one bit flipped in the middle. */
export function flipByte(data: Buffer): Buffer {
  const copy = Buffer.from(data)
  const at = Math.floor(copy.length / 2)
  copy[at] = (copy[at] ?? 0) ^ 0x01
  return copy
}
