/// <reference path="./webvtt-parser.d.ts" />
import fs from 'node:fs/promises'
import path from 'node:path'

import webvtt from 'webvtt-parser'
import type { WebVTTNode } from 'webvtt-parser'
// Every named character reference, as the spec asks; the parser's default knows only six.
import htmlEntities from 'webvtt-parser/html-entities.json'

import { cmsBuildState } from './state'
import type { MaterialView, MediaOrigin, TranscriptCue } from './types'

/** A player's clock: "01:23", or "1:02:03" past an hour (shared with the search results). */
export { clock as formatClock } from '../lib/searchText'

/** Plain text of a cue: voice, class and ruby markup dropped, line breaks as spaces. */
function cueText(nodes: WebVTTNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) =>
      node.type === 'text'
        ? String(node.value ?? '')
        : node.type === 'object' && node.name !== 'rt'
          ? cueText(node.children)
          : '',
    )
    .join('')
}

/**
 * The cues of a WebVTT file, in time order, with empty ones left out. Throws
 * when the file is not WebVTT at all; a malformed cue is skipped by the parser.
 */
export function parseTranscript(vtt: string): TranscriptCue[] {
  const { cues, errors } = new webvtt.WebVTTParser(htmlEntities as Record<string, string>).parse(vtt, 'metadata')
  if (cues.length === 0 && errors.length > 0)
    throw new Error(errors.map((e) => `dòng ${e.line}: ${e.message}`).join('; '))
  return cues.flatMap((cue) => {
    const text = cueText(cue.tree.children).replace(/\s+/g, ' ').trim()
    return text && Number.isFinite(cue.startTime) ? [{ start: cue.startTime, end: cue.endTime, text }] : []
  })
}

async function readFile(origin: MediaOrigin, filename: string): Promise<string> {
  // Stored names come from Payload with safeFileNames, but never trust a path from data.
  if (filename !== path.basename(filename)) throw new Error(`tên tệp không hợp lệ "${filename}"`)
  if (origin.type === 'directory') return fs.readFile(path.join(origin.dir, filename), 'utf8')
  const response = await fetch(new URL(encodeURIComponent(filename), origin.baseUrl))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

const cache = new WeakMap<MaterialView, Promise<TranscriptCue[]>>()

/**
 * The transcript of a material, from its captions file, whether or not it has a
 * file to play (the video may be on YouTube, or not uploaded yet). Read only
 * when a page asks, so a build limited to a few routes reads a few files.
 * A missing or broken file gives no transcript and a warning, never a failed build.
 */
export function loadTranscript(material: MaterialView): Promise<TranscriptCue[]> {
  const cached = cache.get(material)
  if (cached) return cached
  const captions = material.transcriptFile
  const origin = cmsBuildState().mediaOrigin
  const loaded =
    !captions || !origin
      ? Promise.resolve([])
      : readFile(origin, captions.filename)
          .then(parseTranscript)
          .catch((error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error)
            console.warn(
              `[cms] Không đọc được phụ đề "${captions.filename}" của tài liệu "${material.title}" (${reason}). ` +
                'Trang vẫn được dựng nhưng không có lời thoại; hãy tải lại tệp WebVTT trong trang quản trị.',
            )
            return []
          })
  cache.set(material, loaded)
  return loaded
}
