import type { DatabaseKind } from '@dvctt/cms/lib/env'
import { knownMigrationNames } from '@dvctt/cms/lib/migrations'

import { POSTGRES_ENTRY, SQLITE_ENTRY } from './databases/types'
import { DATABASE_PREFIX, type Manifest, MANIFEST_NAME, parseManifest, SECRET_ENTRY } from './manifest'
import { RestoreRefused } from './refusal'
import type { StagedArchive } from './stageArchive'

const KIND_NAMES: Record<DatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL', mongodb: 'MongoDB' }
const KIND_EXAMPLES: Record<DatabaseKind, string> = {
  sqlite: 'DATABASE_URL=file:cms/data/payload.db',
  postgres: 'DATABASE_URL=postgres://người-dùng:mật-khẩu@máy-chủ:5432/tên-csdl',
  mongodb: 'DATABASE_URL=mongodb://máy-chủ:27017/tên-csdl',
}

const list = (items: string[], max = 5): string =>
  `${items.slice(0, max).join(', ')}${items.length > max ? ` (và ${items.length - max} tệp khác)` : ''}`

/** Every listed file read back with its size and SHA-256, and nothing else in the archive. */
function checkFiles(manifest: Manifest, staged: StagedArchive): string[] {
  const problems: string[] = []
  const listed = new Map(manifest.files.map((file) => [file.path, file]))
  const missing = manifest.files.filter((file) => !staged.files.has(file.path)).map((file) => file.path)
  const damaged = manifest.files
    .filter((file) => {
      const read = staged.files.get(file.path)
      return read && (read.size !== file.size || read.sha256 !== file.sha256)
    })
    .map((file) => file.path)
  const extra = [...staged.files.keys()].filter((name) => name !== MANIFEST_NAME && !listed.has(name))
  if (damaged.length)
    problems.push(
      `${damaged.length} tệp bị hỏng (kích thước hoặc mã SHA-256 không khớp với manifest): ${list(damaged)}`,
    )
  if (missing.length) problems.push(`thiếu ${missing.length} tệp mà manifest liệt kê: ${list(missing)}`)
  if (extra.length) problems.push(`có ${extra.length} tệp không được liệt kê trong manifest: ${list(extra)}`)
  if (manifest.secretIncluded !== listed.has(SECRET_ENTRY))
    problems.push('manifest và danh sách tệp không khớp nhau về khóa bí mật')
  return problems
}

function checkDatabase(manifest: Manifest, targetKind: DatabaseKind): string[] {
  const { kind } = manifest.database
  if (kind !== targetKind) {
    return [
      `bản sao lưu chứa cơ sở dữ liệu ${KIND_NAMES[kind]}, còn DATABASE_URL đang trỏ tới ${KIND_NAMES[targetKind]}; không khôi phục chéo giữa hai loại được. ` +
        `Đặt DATABASE_URL tới một cơ sở dữ liệu ${KIND_NAMES[kind]} (ví dụ ${KIND_EXAMPLES[kind]}) rồi chạy lại`,
    ]
  }
  const required = { sqlite: [SQLITE_ENTRY], postgres: [POSTGRES_ENTRY], mongodb: [] }[kind].map(
    (name) => `${DATABASE_PREFIX}${name}`,
  )
  const absent = required.filter((name) => !manifest.files.some((file) => file.path === name))
  if (absent.length) return [`bản sao lưu không có bản chép cơ sở dữ liệu (${absent.join(', ')})`]
  const known = knownMigrationNames(kind)
  const unknown = manifest.database.migrations.filter((name) => !known.includes(name))
  if (unknown.length) {
    const version = [manifest.product.version, manifest.product.commit && `mã ${manifest.product.commit}`]
      .filter(Boolean)
      .join(', ')
    return [
      `cơ sở dữ liệu trong bản sao lưu mới hơn mã nguồn đang chạy: có bước nâng cấp ${list(unknown)} mà phiên bản này chưa biết ` +
        `(bản sao lưu được tạo bởi phiên bản ${version}). Hãy cập nhật mã nguồn lên phiên bản đó hoặc mới hơn (git pull, npm run migrate) rồi khôi phục lại`,
    ]
  }
  return []
}

/** The manifest of a staged archive, or a refusal listing everything wrong with it. */
export function verifyArchive(staged: StagedArchive, targetKind: DatabaseKind): Manifest {
  const problems = [...staged.problems]
  if (staged.manifestText === null) {
    problems.unshift(
      `không có ${MANIFEST_NAME}: đây không phải tệp sao lưu của thư viện, hoặc tệp bị cắt mất phần cuối`,
    )
    throw new RestoreRefused(problems, 'Dùng một tệp sao lưu khác, được tạo bằng `npm run backup`.')
  }
  const manifest = parseManifest(staged.manifestText)
  if (typeof manifest === 'string')
    throw new RestoreRefused([manifest, ...problems], 'Dùng một tệp sao lưu khác, được tạo bằng `npm run backup`.')
  const databaseProblems = checkDatabase(manifest, targetKind)
  problems.push(...checkFiles(manifest, staged), ...databaseProblems)
  if (problems.length) {
    const advice =
      databaseProblems.length && problems.length === databaseProblems.length
        ? ''
        : 'Tệp sao lưu đã hỏng hoặc bị sửa: dùng một bản sao lưu khác.'
    throw new RestoreRefused(problems, advice)
  }
  return manifest
}
