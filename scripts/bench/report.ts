import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

export type Section = Record<string, number | string>
export type Report = { generatedAt: string; machine: string; sections: Record<string, Section> }

const benchDir = path.join(projectRoot, '.bench')

/** Merges new sections into .bench/latest.json, so `--only X` keeps the other sections' (and keys') last figures. */
export function writeReport(sections: Record<string, Section>): { json: string; md: string } {
  fs.mkdirSync(benchDir, { recursive: true })
  const jsonFile = path.join(benchDir, 'latest.json')
  let previous: Report | undefined
  try {
    previous = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Report
  } catch {
    previous = undefined
  }
  const cpus = (globalThis.navigator?.hardwareConcurrency ?? 0) || 'unknown'
  const report: Report = {
    generatedAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus} CPUs, Node ${process.version}`,
    // Keys merge within a section too: publishToLive run with --n 1000, then --n 10000, keeps both.
    sections: Object.fromEntries(
      [...new Set([...Object.keys(previous?.sections ?? {}), ...Object.keys(sections)])].map((name) => [
        name,
        { ...previous?.sections[name], ...sections[name] },
      ]),
    ),
  }
  fs.writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`)

  const lines = [`# Benchmark report`, '', `${report.generatedAt} · ${report.machine}`, '']
  for (const [name, section] of Object.entries(report.sections)) {
    lines.push(`## ${name}`, '', '| key | value |', '|---|---|')
    for (const [key, value] of Object.entries(section)) lines.push(`| \`${key}\` | ${value} |`)
    lines.push('')
  }
  const mdFile = path.join(benchDir, 'latest.md')
  fs.writeFileSync(mdFile, lines.join('\n'))
  return { json: jsonFile, md: mdFile }
}
