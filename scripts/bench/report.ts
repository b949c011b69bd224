import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

/** A figure, or a group of figures (the search section puts two UIs side by side). */
export type Value = number | string | { [key: string]: Value }
export type Section = Record<string, Value>
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
  for (const [name, section] of Object.entries(report.sections))
    lines.push(`## ${name}`, '', ...sectionTable(section), '')
  const mdFile = path.join(benchDir, 'latest.md')
  fs.writeFileSync(mdFile, lines.join('\n'))
  return { json: jsonFile, md: mdFile }
}

/** Leaf figures keyed by their dotted path: `perQuery.dang ky khai sinh.bytes`. */
function flatten(value: Value, prefix = ''): [string, number | string][] {
  if (typeof value !== 'object') return [[prefix, value]]
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
}

/** Flat sections: one key per row. Sections made only of groups: one column per group, side by side. */
function sectionTable(section: Section): string[] {
  const groups = Object.entries(section)
  if (groups.length === 0 || groups.some(([, value]) => typeof value !== 'object')) {
    return ['| key | value |', '|---|---|', ...flatten(section).map(([key, value]) => `| \`${key}\` | ${value} |`)]
  }
  const columns = groups.map(([name, value]) => [name, new Map(flatten(value))] as const)
  const keys = [...new Set(columns.flatMap(([, figures]) => [...figures.keys()]))]
  return [
    `| key | ${columns.map(([name]) => `\`${name}\``).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
    ...keys.map((key) => `| \`${key}\` | ${columns.map(([, figures]) => figures.get(key) ?? '').join(' | ')} |`),
  ]
}
