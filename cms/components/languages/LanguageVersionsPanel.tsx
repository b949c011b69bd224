import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { languageVersions } from '../../languageVersions/versions'
import { materialEditPath } from './paths'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 'calc(var(--base) * 0.5)',
  marginBottom: 'var(--base)',
}
const list: React.CSSProperties = { margin: '4px 0', paddingLeft: '1.1rem' }

/**
 * «Bản ngôn ngữ» in a material's sidebar: the original and each language version with a link, whether it
 * is published and whether it waits for a native reviewer; then the languages that have no version yet.
 */
export async function LanguageVersionsPanel({ id, payload, req }: UIFieldServerProps): Promise<React.ReactNode> {
  if (!req.user) return null
  if (id === undefined) {
    return (
      <div style={box} data-language-versions>
        <strong>Bản ngôn ngữ</strong>
        <p style={{ margin: '4px 0' }}>Lưu tài liệu để xem các bản ngôn ngữ của nó.</p>
      </div>
    )
  }
  const family = await languageVersions(req, id)
  if (!family) return null
  const admin = payload.config.routes.admin
  return (
    <div style={box} data-language-versions>
      <strong>Bản ngôn ngữ</strong>
      <ul style={list} aria-label="Các bản ngôn ngữ đã có">
        {family.rows.map((row, index) => (
          <li key={String(row.id)} data-language={row.language}>
            {row.languageLabel}
            {index === 0 ? ' (bản gốc)' : ''}:{' '}
            {row.current ? (
              <span aria-current="page">{row.title} (đang xem)</span>
            ) : (
              <a href={materialEditPath(admin, row.id)}>{row.title}</a>
            )}
            {row.published ? '' : ' · bản nháp'}
            {row.needsNativeReview ? ' · cần người bản ngữ duyệt' : ''}
          </li>
        ))}
      </ul>
      {family.missing.length > 0 ? (
        <p style={{ margin: '4px 0' }} data-missing-languages>
          Chưa có bản: {family.missing.map((m) => m.label).join(', ')}.
        </p>
      ) : (
        <p style={{ margin: '4px 0' }}>Đã có đủ bản ở mọi ngôn ngữ.</p>
      )}
    </div>
  )
}
