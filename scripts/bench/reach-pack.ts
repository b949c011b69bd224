// offlinePackSeconds (issue 20 §3: ≤ 10 s for a unit with 100 materials), part of `--only reach`: the publisher's
// pack code (site/src/lib/offlinePack/) planning and writing one unit's ZIP, index.html included, from a media folder
// of real-sized files: each material a 300 kB PDF and a 1 MB MP3, every fifth also a 3 MB small video (≈ 190 MB).
// Print kits are left out (none of these materials is a print template): their PDFs are the print-kit bench's.
// OFFLINE_PACK_BENCH_MATERIALS=5 gives a smoke run.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cmsBuildState, resetCmsBuildState } from '../../site/src/cms/state'
import type { DownloadView, MaterialView, SiteData, Unit } from '../../site/src/cms/types'
import { buildOfflinePack } from '../../site/src/lib/offlinePack/build'
import { offlinePackPlan } from '../../site/src/lib/offlinePack/plan'

const MATERIALS = Number(process.env.OFFLINE_PACK_BENCH_MATERIALS ?? 100)

function file(dir: string, name: string, bytes: number, mimeType: string, label: string): DownloadView {
  fs.writeFileSync(path.join(dir, name), crypto.randomBytes(bytes))
  const base = { mediaId: name, label, href: `/tep/${name}`, filename: name, mimeType, format: '', bytes }
  return {
    ...base,
    size: '',
    pageCount: null,
    duration: '',
    durationSeconds: null,
    sha256: null,
    preview: null,
    smallVideo: null,
    broadcast: null,
  }
}

/** The parts of a published material the pack reads; the rest of a MaterialView is never looked at. */
function material(dir: string, i: number): MaterialView {
  const slug = `tai-lieu-${i}`
  const downloads = [
    file(dir, `${slug}.pdf`, 300_000, 'application/pdf', 'Tờ rơi (PDF)'),
    file(dir, `${slug}.mp3`, 1_000_000, 'audio/mpeg', 'Bản ghi phát thanh'),
  ]
  if (i % 5 === 0) {
    const video = file(dir, `${slug}-small.mp4`, 3_000_000, 'video/mp4', 'Video')
    downloads.push({
      ...video,
      filename: `${slug}.mp4`,
      smallVideo: { filename: `${slug}-small.mp4`, bytes: 3_000_000 },
    })
  }
  const view = {
    id: i,
    slug,
    url: `/tai-lieu/${slug}/`,
    title: `Tài liệu tuyên truyền số ${i}`,
    summary: 'Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.',
    kind: { value: 'leaflet', path: 'to-roi', label: 'Tờ rơi' },
    language: 'vi',
    languageLabel: 'Tiếng Việt',
    updatedAt: new Date().toISOString(),
    expired: false,
    printTemplate: false,
    downloads,
  }
  return view as unknown as MaterialView
}

export async function benchOfflinePack(): Promise<{ offlinePackSeconds: number; offlinePackMB: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-bench-pack-'))
  try {
    const unit = { id: 1, name: 'Xã Đo Gói', slug: 'xa-do-goi', historical: false } as unknown as Unit
    const materials = Array.from({ length: MATERIALS }, (_, i) => material(dir, i + 1))
    const data = { builtAt: new Date(), byReachedUnit: new Map([['1', materials]]) } as unknown as SiteData
    resetCmsBuildState()
    cmsBuildState().mediaOrigin = { type: 'directory', dir }
    const started = performance.now()
    const plan = await offlinePackPlan(unit, data, new URL('https://dichvucong.example/'))
    if (plan.status !== 'ready') throw new Error(`gói đo không dựng được (${plan.status})`)
    const zip = await buildOfflinePack(plan)
    fs.writeFileSync(path.join(dir, 'goi-ngoai-tuyen.zip'), zip)
    const seconds = (performance.now() - started) / 1000
    return { offlinePackSeconds: Math.round(seconds * 100) / 100, offlinePackMB: Math.round(zip.length / 1e5) / 10 }
  } finally {
    resetCmsBuildState()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
