// The code checks of `npm run lint` and of the full `npm test`: format, lint, import cycles (Biome),
// function and file length. Prints a Vietnamese report naming each file; returns whether all passed.
import { runBiome, type Finding } from './biome'
import { longFiles, MAX_FILE_LINES } from './file-sizes'
import { ALLOWLIST_FILE, readAllowlist } from './oversize-allowlist'

const FUNCTION_RULE = 'lint/complexity/noExcessiveLinesPerFunction'
const CYCLE_RULE = 'lint/suspicious/noImportCycles'

interface Section {
  title: string
  lines: string[]
}

const at = (finding: Finding): string => `${finding.file}:${finding.line}`

/** A long list of unformatted files says how many more there are instead of flooding the log. */
const shortened = (files: string[], shown = 20): string[] =>
  files.length <= shown ? files : [...files.slice(0, shown), `… và ${files.length - shown} tệp nữa`]

function sections(root: string): { failed: Section[]; notes: string[]; warnings: number } {
  const allowlist = readAllowlist(root)
  const findings = runBiome(root)
  const errors = findings.filter((finding) => finding.severity === 'error')
  const longFunctions = errors.filter((finding) => finding.rule === FUNCTION_RULE)
  const files = longFiles(root)
  const failed: Section[] = [
    {
      title: 'Định dạng chưa đúng (chạy `npm run format` rồi commit)',
      lines: shortened(errors.filter((finding) => finding.rule === 'format').map((finding) => finding.file)),
    },
    {
      title: 'Vòng import (các tệp import lẫn nhau, trực tiếp hoặc qua tệp khác)',
      lines: errors.filter((finding) => finding.rule === CYCLE_RULE).map(at),
    },
    {
      title: 'Hàm dài quá 100 dòng (tách thành hàm nhỏ hơn)',
      lines: longFunctions
        .filter((finding) => !allowlist.functionsIn.has(finding.file))
        .map((finding) => `${at(finding)} (${finding.message.match(/\((\d+)\)/)?.[1] ?? '?'} dòng)`),
    },
    {
      title: `Tệp dài quá ${MAX_FILE_LINES} dòng (tách theo từng việc)`,
      lines: files.filter(({ file }) => !allowlist.files.has(file)).map(({ file, lines }) => `${file} (${lines} dòng)`),
    },
    {
      title: 'Lỗi lint',
      lines: errors
        .filter((finding) => ![FUNCTION_RULE, CYCLE_RULE, 'format'].includes(finding.rule))
        .map((finding) => `${at(finding)} ${finding.rule.replace(/^lint\//, '')}: ${finding.message.split('\n')[0]}`),
    },
  ]
  const notes = [
    ...[...allowlist.files].filter((file) => !files.some((long) => long.file === file)).map((file) => `file ${file}`),
    ...[...allowlist.functionsIn]
      .filter((file) => !longFunctions.some((finding) => finding.file === file))
      .map((file) => `function ${file}`),
  ].map((line) => `«${line}» không còn cần: xoá dòng này khỏi ${ALLOWLIST_FILE}`)
  const warnings = findings.filter((finding) => finding.severity === 'warning').length
  return { failed: failed.filter((section) => section.lines.length > 0), notes, warnings }
}

export function checkCode(root: string): boolean {
  const { failed, notes, warnings } = sections(root)
  for (const section of failed) {
    console.log(`\n✖ ${section.title}: ${section.lines.length}`)
    for (const line of section.lines) console.log(`  ${line}`)
  }
  for (const note of notes) console.log(`ℹ ${note}`)
  if (warnings > 0) console.log(`ℹ ${warnings} cảnh báo của Biome (không làm hỏng lần chạy): xem \`npx biome lint .\``)
  return failed.length === 0
}
