import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { allowedUnitIds, hasRole } from '../../access'
import { now } from '../../lib/clock'
import { yearFigures } from '../../reporting/figures'
import { yearOf } from '../../reporting/standing'
import type { ReportingUnit, YearFigures } from '../../reporting/types'
import { formatDate, formatDateTime } from '../../vocabulary'
import { adminHref } from '../procedures/paths'
import { TARGETS_VIEW_PATH, YEAR_PARAM } from './paths'
import { figureText } from './figureText'
import { TargetSection } from './TargetSection'
import { UnitTotalsTable } from './UnitTotalsTable'

import '../procedures/procedures.css'

const TITLE = 'Chỉ tiêu kế hoạch'

/** The units whose rows the user sees: all for the province's team, a contributor's own unit(s) otherwise. */
async function visibleUnits(
  initPageResult: AdminViewServerProps['initPageResult'],
  figures: YearFigures,
): Promise<Map<string, ReportingUnit>> {
  const { req } = initPageResult
  const all = figures.units.map((unit) => [String(unit.id), unit] as const)
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return new Map(all)
  const own = new Set((await allowedUnitIds(req)).map(String))
  return new Map(all.filter(([id]) => own.has(id)))
}

function YearSwitch({ year, current, base }: { year: number; current: number; base: string }): React.ReactNode {
  return (
    <nav aria-label="Chọn năm" className="actions">
      {[current, current - 1].map((y) =>
        y === year ? (
          <strong key={y} aria-current="page">
            Năm {y}
          </strong>
        ) : (
          <a key={y} href={`${base}?${YEAR_PARAM}=${y}`}>
            Năm {y}
          </a>
        ),
      )}
    </nav>
  )
}

/**
 * /admin/chi-tieu-ke-hoach: the plan's measurable targets for this year or the last, computed live from
 * the library's records (cms/reporting/figures.ts), each figure linked to the records behind it.
 */
export async function TargetsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactNode> {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const current = yearOf(now())
  const asked = Number(searchParams?.[YEAR_PARAM])
  const year = asked === current - 1 ? current - 1 : current
  const figures = req.user ? await yearFigures(req.payload, year, now()) : null
  const units = figures ? await visibleUnits(initPageResult, figures) : new Map<string, ReportingUnit>()
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
      <Gutter className="dvctt-procedures dvctt-targets">
        <h1>{TITLE}</h1>
        {!figures ? (
          <p role="alert">Hãy đăng nhập để xem chỉ tiêu kế hoạch.</p>
        ) : (
          <>
            <YearSwitch year={year} current={current} base={adminHref(adminRoute, TARGETS_VIEW_PATH)} />
            <p>
              Các chỉ tiêu đo được của Kế hoạch triển khai Đề án tuyên truyền dịch vụ công trực tuyến, năm {year} (từ{' '}
              {formatDate(`${figures.from}T12:00:00+07:00`)} đến {formatDate(`${figures.to}T12:00:00+07:00`)}), tính từ
              dữ liệu của thư viện lúc {formatDateTime(figures.computedAt)}. Chỉ hoạt động đã được duyệt mới được tính.
              Hạn báo cáo kết quả năm: {formatDate(`${figures.deadline}T12:00:00+07:00`)}.
            </p>
            <table aria-label="Tóm tắt các chỉ tiêu" data-testid="targets-summary">
              <thead>
                <tr>
                  <th scope="col">Chỉ tiêu</th>
                  <th scope="col">Toàn tỉnh</th>
                </tr>
              </thead>
              <tbody>
                {figures.targets.map((target) => (
                  <tr key={target.id} data-target={target.id}>
                    <th scope="row">
                      <a href={`#target-${target.id}`}>{target.name}</a>
                    </th>
                    <td>{figureText(target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {units.size < figures.units.length ? (
              <p className="note">Bảng theo đơn vị chỉ hiện đơn vị của bạn; số liệu toàn tỉnh tính trên mọi đơn vị.</p>
            ) : null}
            {figures.targets.map((target) => (
              <TargetSection key={target.id} target={target} units={units} year={year} adminRoute={adminRoute} />
            ))}
            <UnitTotalsTable rows={figures.unitTotals} units={units} year={year} adminRoute={adminRoute} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
