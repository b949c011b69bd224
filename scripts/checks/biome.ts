// Runs Biome in CI mode (format check + lint, with import cycles and function length) and reads its
// machine-readable report, so scripts/lint.ts can print one Vietnamese summary that names the files.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export interface Finding {
  severity: 'error' | 'warning' | 'notice'
  /** `format`, or the rule, e.g. `lint/suspicious/noImportCycles`. */
  rule: string
  /** Relative to the project root. */
  file: string
  line: number
  message: string
}

const LINE = /^::(error|warning|notice) title=([^,]+),file=(.+?),line=(\d+),.*?::(.*)$/

export function biomeBinary(root: string): string {
  return path.join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome')
}

/** `biome ci` over the whole tree; throws when Biome itself cannot run (missing, bad configuration). */
export function runBiome(root: string): Finding[] {
  const result = spawnSync(
    process.execPath,
    [biomeBinary(root), 'ci', '--reporter=github', '--max-diagnostics=none', '.'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (result.error) throw new Error(`không chạy được Biome: ${result.error.message}`)
  const findings: Finding[] = []
  for (const text of result.stdout.split('\n')) {
    const match = LINE.exec(text)
    if (!match) continue
    const [, severity, rule, file, line, message] = match as unknown as [
      string,
      Finding['severity'],
      string,
      string,
      string,
      string,
    ]
    if (rule === 'deserialize' && severity !== 'error') continue
    findings.push({
      severity,
      rule,
      file: path.relative(root, decodeURIComponent(file)),
      line: Number(line),
      message: decodeURIComponent(message.replace(/%(?![0-9A-F]{2})/g, '%25')),
    })
  }
  const errors = findings.filter((finding) => finding.severity === 'error')
  if (result.status !== 0 && errors.length === 0) {
    throw new Error(`Biome dừng với mã ${result.status}:\n${(result.stderr || result.stdout).slice(-3000)}`)
  }
  return findings
}
