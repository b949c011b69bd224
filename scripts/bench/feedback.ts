import fs from 'node:fs'
import path from 'node:path'

import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

import { projectRoot } from '@dvctt/cms/lib/paths'
import { FEEDBACK_CHALLENGE_PATH, FEEDBACK_PATH } from '@dvctt/cms/vocabulary'

import { adminBuildIsCurrent, buildAdmin } from '../lib/admin'
import { type Env, run } from '../lib/processes'
import type { Value } from './report'
import { startBenchCms } from './benchCms'

const root = path.join(projectRoot, '.tmp', 'bench-feedback')
const CONCURRENT = 20
/** Rounds of CONCURRENT submissions, each from its own address: 100 in all, under the global cap of 120 a minute. */
const ROUNDS = 5

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN

let addressCounter = 0
const address = (): string =>
  `10.${(++addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`

/** A citizen's browser before sending: a challenge fetched and solved (not timed). */
async function solvedPayload(base: string): Promise<{ altcha: string; from: string }> {
  const from = address()
  const response = await fetch(`${base}${FEEDBACK_CHALLENGE_PATH}`, { headers: { 'x-forwarded-for': from } })
  if (response.status !== 200) throw new Error(`GET ${FEEDBACK_CHALLENGE_PATH}: HTTP ${response.status}`)
  const challenge = (await response.json()) as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('không giải được bài ALTCHA')
  return { altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'), from }
}

/** One submission as the page's script sends it; its time from request to answer. */
async function submit(
  base: string,
  material: string | number,
  proof: { altcha: string; from: string },
): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${base}${FEEDBACK_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': proof.from },
    body: JSON.stringify({
      material,
      kind: 'question',
      text: 'Xin hỏi: nộp hồ sơ trên điện thoại thì chụp giấy tờ thế nào? Số tôi 0912 345 678.',
      altcha: proof.altcha,
    }),
  })
  const elapsed = performance.now() - started
  if (response.status !== 201)
    throw new Error(`POST ${FEEDBACK_PATH}: HTTP ${response.status} ${await response.text()}`)
  return elapsed
}

async function measure(env: Env): Promise<Record<string, Value>> {
  const server = await startBenchCms(env)
  try {
    const { base } = server
    const list = '/api/materials?limit=1&depth=0&select[title]=true'
    await server.ready(list)
    const { docs } = (await (await fetch(`${base}${list}`)).json()) as { docs: { id: string | number }[] }
    const material = docs[0]?.id
    if (material === undefined) throw new Error('không có tài liệu đã xuất bản')
    // The first submission loads the route and the database paths: not part of the figure.
    await submit(base, material, await solvedPayload(base))
    const times: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const proofs = await Promise.all(Array.from({ length: CONCURRENT }, () => solvedPayload(base)))
      times.push(...(await Promise.all(proofs.map((proof) => submit(base, material, proof)))))
    }
    times.sort((a, b) => a - b)
    return {
      submissions: times.length,
      submitP50Ms: Math.round(percentile(times, 50) * 10) / 10,
      submitP99Ms: Math.round(percentile(times, 99) * 10) / 10,
      submitMaxMs: Math.round((times.at(-1) ?? Number.NaN) * 10) / 10,
    }
  } finally {
    await server.stop()
  }
}

/**
 * submitP99Ms (issue 19): `POST /api/feedback` through `next start` on SQLite, 20 valid submissions at
 * once (each from its own address, its challenge solved beforehand), five times (goal ≤ 150 ms,
 * challenge verification and the database write included).
 */
export async function benchFeedback(): Promise<Record<string, Value>> {
  if (!adminBuildIsCurrent()) {
    console.log('› feedback: dựng giao diện quản trị (next build)…')
    await buildAdmin()
  }
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  const env: Env = { DATABASE_URL: `file:${path.join(root, 'bench.db')}`, MEDIA_DIR: path.join(root, 'media') }
  try {
    await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'reporting-beacon-prepare.ts')], {
      cwd: projectRoot,
      env: { ...env, SITE_AUTO_REBUILD: '0' },
    })
    console.log(`› feedback: ${CONCURRENT} góp ý cùng lúc × ${ROUNDS} lượt…`)
    const figures = await measure(env)
    console.log(`  p50 ${figures.submitP50Ms} ms, p99 ${figures.submitP99Ms} ms`)
    return { concurrent: CONCURRENT, ...figures }
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}
