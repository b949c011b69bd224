import crypto from 'node:crypto'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'

import tar from 'tar-stream'

import type { ArchivedFile } from './manifest'

/**
 * A tar archive written to `<file>.partial` and renamed to `<file>` only once
 * complete, so a backup that fails half-way never leaves a file that looks
 * whole. Entries are streamed (media can be gigabytes) and hashed on the way.
 */
export class ArchiveWriter {
  readonly partialPath: string
  private readonly pack = tar.pack()
  private readonly done: Promise<void>
  private readonly written: ArchivedFile[] = []
  private bytes = 0

  constructor(readonly finalPath: string) {
    this.partialPath = `${finalPath}.partial`
    const out = fs.createWriteStream(this.partialPath, { flags: 'w', mode: 0o600 })
    this.done = pipeline(this.pack, out)
    // Reported by finish()/abort(); without a handler a write error would crash first.
    this.done.catch(() => undefined)
  }

  get files(): readonly ArchivedFile[] {
    return this.written
  }

  get size(): number {
    return this.bytes
  }

  /** Adds a file from disk, exactly the `size` bytes it had when listed. */
  async addFile(name: string, source: string, size?: number): Promise<ArchivedFile> {
    const length = size ?? (await fs.promises.stat(source)).size
    const chunks = () => fs.createReadStream(source, { start: 0, end: length - 1, highWaterMark: 1024 * 1024 })
    return this.addStream(name, length, length === 0 ? null : chunks())
  }

  /** Adds `size` bytes read from a stream (an object in the bucket); fails if the stream gives more or fewer. */
  async addStream(name: string, size: number, source: AsyncIterable<Buffer> | null): Promise<ArchivedFile> {
    const hash = crypto.createHash('sha256')
    const entry = this.pack.entry({ name, size, mode: 0o600, mtime: new Date() })
    if (size === 0 || !source) {
      await new Promise<void>((resolve, reject) =>
        entry.end((error?: Error | null) => (error ? reject(error) : resolve())),
      )
    } else {
      const count = async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk)
          yield chunk
        }
      }
      await pipeline(source, count, entry)
    }
    return this.record({ path: name, size, sha256: hash.digest('hex') })
  }

  async addBuffer(name: string, data: Buffer): Promise<ArchivedFile> {
    await new Promise<void>((resolve, reject) => {
      this.pack.entry({ name, size: data.length, mode: 0o600, mtime: new Date() }, data, (error) =>
        error ? reject(error) : resolve(),
      )
    })
    return this.record({
      path: name,
      size: data.length,
      sha256: crypto.createHash('sha256').update(data).digest('hex'),
    })
  }

  /** Writes the last entry (the manifest, not listed in itself), flushes to disk, renames into place. */
  async finish(lastName: string, lastData: Buffer): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.pack.entry({ name: lastName, size: lastData.length, mode: 0o600, mtime: new Date() }, lastData, (error) =>
        error ? reject(error) : resolve(),
      )
    })
    this.pack.finalize()
    await this.done
    const handle = await fs.promises.open(this.partialPath, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.promises.rename(this.partialPath, this.finalPath)
  }

  /** Stops writing and removes the partial file. */
  async abort(): Promise<void> {
    this.pack.destroy()
    await this.done.catch(() => undefined)
    await fs.promises.rm(this.partialPath, { force: true })
  }

  private record(file: ArchivedFile): ArchivedFile {
    this.written.push(file)
    this.bytes += file.size
    return file
  }
}
