import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { translationsWanted, type TranslationsWanted, type WantedLanguage } from '../../languageVersions/wanted'
import { now } from '../../lib/clock'
import { formatDate } from '../../vocabulary'
import { materialEditPath } from './paths'

const TITLE = 'Cần bản dịch'
const cell: React.CSSProperties = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-100)' }

function LanguageTable({ entry, adminRoute }: { entry: WantedLanguage; adminRoute: string }): React.ReactNode {
  const headingId = `can-ban-dich-${entry.language}`
  return (
    <section aria-labelledby={headingId} data-language={entry.language}>
      <h2 id={headingId}>
        {entry.label} ({entry.endonym}): {entry.missing} tài liệu chưa có bản
      </h2>
      {entry.materials.length === 0 ? (
        <p>Mọi tài liệu tiếng Việt đã xuất bản đều có bản {entry.label}.</p>
      ) : (
        <table aria-labelledby={headingId} style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>Tài liệu</th>
              <th style={cell}>Đơn vị chủ trì</th>
              <th style={cell}>Lượt xem (12 tháng)</th>
              <th style={cell}>Ngày tạo</th>
            </tr>
          </thead>
          <tbody>
            {entry.materials.map((m) => (
              <tr key={m.id}>
                <td style={cell}>
                  <a href={materialEditPath(adminRoute, m.id)}>{m.title}</a>
                </td>
                <td style={cell}>{m.unitName}</td>
                <td style={cell}>{m.views.toLocaleString('vi-VN')}</td>
                <td style={cell}>{formatDate(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Intro({ wanted }: { wanted: TranslationsWanted }): React.ReactNode {
  return (
    <>
      <p>
        Tài liệu tiếng Việt đã xuất bản chưa có bản tiếng Mông, Thái hoặc Dao.{' '}
        {wanted.order === 'views'
          ? `Xếp theo lượt xem từ ${formatDate(wanted.from)} đến ${formatDate(wanted.to)}, nhiều nhất trước.`
          : 'Chưa có lượt xem nào được đếm trong 12 tháng qua, nên xếp theo tài liệu mới nhất trước.'}{' '}
        Để tạo bản dịch, tạo tài liệu mới, chọn «Ngôn ngữ» và chọn tài liệu gốc ở «Là bản ngôn ngữ khác của».
      </p>
      {wanted.scopeUnits ? <p>Chỉ gồm tài liệu của đơn vị bạn: {wanted.scopeUnits.join(', ')}.</p> : null}
    </>
  )
}

/** /admin/can-ban-dich: per minority language, the most viewed (else newest) materials without a version in it. */
export async function TranslationsWantedView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactNode> {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const wanted = req.user ? await translationsWanted(req, now()) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: TITLE }]} />
      <Gutter>
        <h1>{TITLE}</h1>
        {wanted ? (
          <>
            <Intro wanted={wanted} />
            {wanted.languages.map((entry) => (
              <LanguageTable key={entry.language} entry={entry} adminRoute={adminRoute} />
            ))}
          </>
        ) : (
          <p role="alert">Hãy đăng nhập để xem danh sách cần bản dịch.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
