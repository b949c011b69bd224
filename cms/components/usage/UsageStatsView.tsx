import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { now } from '../../lib/clock'
import { usageNote } from '../../usageStats/note'
import { type UsageOverview, usageOverview } from '../../usageStats/overview'
import { USAGE_PERIODS, parsePeriod } from '../../usageStats/periods'
import { UsageChart } from './UsageChart'
import { USAGE_VIEW_PATH, adminPath, materialsWhere } from './paths'
import { FigureSummary, GroupTable, TopMaterialsTable } from './UsageTables'
import './usage.css'

const TITLE = 'Thống kê sử dụng'

function PeriodSwitch({ adminRoute, current }: { adminRoute: string; current: string }): React.ReactNode {
  return (
    <nav className="periods" aria-label="Chọn thời gian">
      {USAGE_PERIODS.map((period) => (
        <a
          key={period.value}
          href={`${adminPath(adminRoute, USAGE_VIEW_PATH)}?period=${period.value}`}
          aria-current={period.value === current ? 'page' : undefined}
        >
          {period.label}
        </a>
      ))}
    </nav>
  )
}

function Overview({ overview, adminRoute }: { overview: UsageOverview; adminRoute: string }): React.ReactNode {
  const byDay = overview.period === 'last30'
  return (
    <>
      <h2 id="usage-province">Toàn tỉnh · {overview.title}</h2>
      <FigureSummary figures={overview.province} testId="usage-province" />
      {overview.scope ? (
        <>
          <h2 id="usage-own">Đơn vị của bạn: {overview.scope.units.join(', ') || 'tài khoản chưa gắn đơn vị'}</h2>
          <FigureSummary figures={overview.scope.figures} testId="usage-own" />
        </>
      ) : null}
      <p className="note" data-testid="usage-note">
        {usageNote()}
      </p>
      <UsageChart
        height={260}
        caption={`Lượt sử dụng ${byDay ? 'từng ngày' : 'từng tháng'} · ${overview.scope ? 'đơn vị của bạn' : 'toàn tỉnh'}`}
        points={overview.series}
      />
      <h2 id="usage-by-unit">Theo đơn vị</h2>
      <p className="note">Số lượt của tài liệu được tính cho đơn vị chủ trì tài liệu.</p>
      <GroupTable
        rows={overview.byUnit}
        heading="Đơn vị"
        labelledBy="usage-by-unit"
        testId="usage-by-unit"
        hrefOf={(row) => (row.id ? materialsWhere(adminRoute, 'ownerUnit', 'equals', row.id) : null)}
      />
      <h2 id="usage-by-topic">Theo chủ đề</h2>
      <p className="note">Tài liệu thuộc nhiều chủ đề được tính ở mỗi chủ đề.</p>
      <GroupTable
        rows={overview.byTopic}
        heading="Chủ đề"
        labelledBy="usage-by-topic"
        testId="usage-by-topic"
        hrefOf={(row) => (row.id ? materialsWhere(adminRoute, 'topics', 'in', row.id) : null)}
      />
      <h2 id="usage-top">Tài liệu được dùng nhiều nhất</h2>
      <TopMaterialsTable
        rows={overview.topMaterials}
        labelledBy="usage-top"
        hrefOf={(row) => adminPath(adminRoute, `/collections/materials/${row.id}`)}
      />
    </>
  )
}

/**
 * /admin/thong-ke-su-dung: usage per unit and per topic for the last 30 days, this year or last year,
 * the most used materials and a chart, read from the daily counters on each visit.
 */
export async function UsageStatsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactNode> {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const period = parsePeriod(searchParams?.period)
  const overview = req.user ? await usageOverview(req, period, now()) : null
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
      <Gutter className="dvctt-usage">
        <h1>{TITLE}</h1>
        {overview ? (
          <>
            <PeriodSwitch adminRoute={adminRoute} current={period} />
            <Overview overview={overview} adminRoute={adminRoute} />
          </>
        ) : (
          <p role="alert">Hãy đăng nhập để xem thống kê sử dụng.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
