/**
 * The publisher as a child process, for the CMS's rebuild job
 * (cms/jobs/rebuildSite.ts): `node --import tsx site/publish/cli.ts <request.json> <result.json>`.
 * Reads one PublishRequest, writes one PublishResult (through a rename, so the
 * job never reads half a file), exits 0 on success and 1 on failure. What it
 * prints is a log for people, not a protocol.
 */
import fs from 'node:fs'

import type { PublishRequest, PublishResult } from '@dvctt/cms/vocabulary/publish'

import { publish } from './publish'

function readRequest(file: string): PublishRequest {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PublishRequest>
  if (typeof parsed.reason !== 'string' || !Array.isArray(parsed.changedMaterials) || typeof parsed.everything !== 'boolean') {
    throw new Error(`yêu cầu dựng trong ${file} không đúng dạng (cần reason, changedMaterials, everything)`)
  }
  return { reason: parsed.reason, changedMaterials: parsed.changedMaterials.map(String), everything: parsed.everything, outDir: parsed.outDir }
}

function writeResult(file: string, result: PublishResult): void {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result))
  fs.renameSync(`${file}.tmp`, file)
}

const [requestFile, resultFile] = process.argv.slice(2)
if (!requestFile || !resultFile) {
  console.error('✖ Cách dùng: node --import tsx site/publish/cli.ts <yêu-cầu.json> <kết-quả.json>')
  process.exit(2)
}
try {
  const result = await publish(readRequest(requestFile))
  writeResult(resultFile, result)
  // Payload keeps database handles open; the build is done, so leave.
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`✖ ${message}`)
  if (process.env.DEBUG && error instanceof Error) console.error(error.cause ?? error.stack)
  writeResult(resultFile, { ok: false, message })
  process.exit(1)
}
