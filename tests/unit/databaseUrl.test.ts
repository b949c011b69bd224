import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ConfigError, defaultSqliteUrl, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { projectRoot } from '@dvctt/cms/lib/paths'

describe('readDatabaseUrl: DATABASE_URL picks the database adapter', () => {
  it.each([
    ['file:/srv/thuvien/payload.db', 'sqlite', 'file:/srv/thuvien/payload.db'],
    ['postgres://cms:secret@db.internal:5432/thuvien', 'postgres', 'postgres://cms:secret@db.internal:5432/thuvien'],
    ['postgresql://cms@127.0.0.1/thuvien', 'postgres', 'postgresql://cms@127.0.0.1/thuvien'],
    ['mongodb://127.0.0.1:27017/thuvien', 'mongodb', 'mongodb://127.0.0.1:27017/thuvien'],
    [
      'mongodb+srv://cms:secret@cluster0.example.net/thuvien',
      'mongodb',
      'mongodb+srv://cms:secret@cluster0.example.net/thuvien',
    ],
  ] as const)('%s → %s', (raw, kind, url) => {
    expect(readDatabaseUrl(raw)).toEqual({ kind, url })
  })

  it('resolves a relative SQLite path against the project root, not the working directory', () => {
    expect(readDatabaseUrl('file:./cms/data/demo.db')).toEqual({
      kind: 'sqlite',
      url: `file:${path.join(projectRoot, 'cms', 'data', 'demo.db')}`,
    })
  })

  it.each([undefined, '', '   '])('falls back to the embedded SQLite file when DATABASE_URL is %j', (raw) => {
    expect(readDatabaseUrl(raw)).toEqual({ kind: 'sqlite', url: defaultSqliteUrl() })
  })

  it('trims whitespace pasted around the URL', () => {
    expect(readDatabaseUrl('  postgres://127.0.0.1/thuvien\n')).toEqual({
      kind: 'postgres',
      url: 'postgres://127.0.0.1/thuvien',
    })
  })

  describe('refuses an unsupported database in Vietnamese, naming what is accepted', () => {
    const attempt = (raw: string): ConfigError => {
      try {
        readDatabaseUrl(raw)
      } catch (error) {
        if (error instanceof ConfigError) return error
        throw error
      }
      throw new Error(`readDatabaseUrl accepted ${raw}`)
    }

    it('mysql:// is rejected with the accepted schemes listed', () => {
      const { message } = attempt('mysql://root@localhost/thuvien')
      expect(message).toContain('DATABASE_URL không hợp lệ')
      expect(message).toContain('Các dạng được chấp nhận')
      for (const scheme of ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']) {
        expect(message).toContain(scheme)
      }
    })

    it('does not echo the password of the rejected URL', () => {
      const { message } = attempt('mysql://root:hunter2@localhost/thuvien')
      expect(message).not.toContain('hunter2')
      expect(message).toContain('mysql://***@localhost/thuvien')
    })

    it('"file:" without a path says a SQLite file path is missing', () => {
      expect(attempt('file:').message).toContain('thiếu đường dẫn tệp SQLite')
    })
  })
})
