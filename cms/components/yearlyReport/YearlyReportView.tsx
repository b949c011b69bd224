import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { now } from '../../lib/clock'
import { formatDate } from '../../vocabulary'
import { reportDeadline, vietnamYear } from '../../yearlyReport/deadline'
import { loadReportStatus } from '../../yearlyReport/status'
import { DownloadLinks } from './DownloadLinks'
import { StatusTable } from './StatusTable'

/**
 * /admin/bao-cao-nam?nam=2026: «Báo cáo năm» for the province: every reporting
 * unit with its report's standing (submitted and when, not yet, late after
 * 15/12 by the CMS clock), and the roll-up's downloads.
 */
export async function YearlyReportView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactNode> {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const current = vietnamYear(now())
  const asked = Number(Array.isArray(searchParams?.nam) ? searchParams.nam[0] : searchParams?.nam)
  const year = Number.isInteger(asked) && asked >= 2025 && asked <= current + 1 ? asked : current
  const allowed = hasRole(req.user, 'admin', 'editor', 'reviewer')
  const status = allowed ? await loadReportStatus(req.payload, year) : null
  const apiRoute = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`
  const adminRoute = req.payload.config.routes.admin
  const years = Array.from({ length: current - 2025 + 2 }, (_, i) => current + 1 - i)
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
      <SetStepNav nav={[{ label: 'Báo cáo năm' }]} />
      <Gutter>
        <h1>Báo cáo năm {year}</h1>
        {!status ? (
          <p role="alert">Chỉ biên tập viên, người duyệt và quản trị của tỉnh xem được tình hình nộp báo cáo.</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 16 }}>
              <label htmlFor="report-year">Năm báo cáo</label>
              <select id="report-year" name="nam" defaultValue={String(year)}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                Xem
              </button>
            </form>
            <p>
              Hạn nộp: trước hết ngày {formatDate(new Date(reportDeadline(year).getTime() - 1))}.{' '}
              <strong data-testid="report-count">
                {status.submitted}/{status.units.length} đơn vị đã nộp
              </strong>
              {status.late > 0 ? `, ${status.late} đơn vị quá hạn chưa nộp` : ''}.
            </p>
            <h2>Báo cáo tổng hợp của tỉnh</h2>
            <p>
              <DownloadLinks apiRoute={apiRoute} year={year} target="tinh" label={`báo cáo tổng hợp năm ${year}`} />
            </p>
            <p className="note">
              Phần «Khó khăn, vướng mắc» và «Đề xuất, kiến nghị» của báo cáo tổng hợp lấy từ báo cáo năm của đơn vị «
              {status.province?.name ?? 'UBND tỉnh'}»{' '}
              {status.province?.reportId ? (
                <a href={`${adminRoute}/collections/report-submissions/${status.province.reportId}`}>(mở để sửa)</a>
              ) : (
                <a href={`${adminRoute}/collections/report-submissions/create`}>(chưa có: tạo mới)</a>
              )}
              , kèm ý kiến của các đơn vị đã nộp.
            </p>
            <h2 id="report-units">Các đơn vị</h2>
            <StatusTable status={status} apiRoute={apiRoute} adminRoute={adminRoute} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
