'use client'

import React, { useMemo } from 'react'

import { USAGE_COLUMNS, formatCount } from '../../usageStats/columns'
import type { UsageLine } from '../../usageStats/materialUsage'
import { UsageChart } from './UsageChart'
import { useMaterialUsage } from './useMaterialUsage'
import './usage.css'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
}

function Lines({ title, lines, testId }: { title: string; lines: UsageLine[]; testId: string }): React.ReactNode {
  if (lines.length === 0) return null
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col" className="num">
            30 ngày
          </th>
          <th scope="col" className="num">
            Năm nay
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row" className="name">
              {line.label}
            </th>
            <td className="num">{formatCount(line.last30)}</td>
            <td className="num">{formatCount(line.year)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * «Lượt sử dụng» in the material's sidebar: page views, downloads per file, plays started and reaching
 * 75 %, embed loads per host and QR scans, for the last 30 days and this year, and the last 30 days as
 * a chart (with its table).
 */
export function MaterialUsagePanel(): React.ReactNode {
  const { id, usage, error } = useMaterialUsage()
  const points = useMemo(
    () =>
      (usage?.daily ?? []).map(({ day, figures }) => ({
        key: day,
        label: `${day.slice(8, 10)}/${day.slice(5, 7)}`,
        figures,
      })),
    [usage],
  )
  if (!id) return null
  return (
    <div style={box} className="dvctt-usage" data-usage-panel>
      <strong>Lượt sử dụng</strong>
      {error ? <p>{error}</p> : null}
      {!error && !usage ? <p>Đang tải lượt sử dụng…</p> : null}
      {usage ? (
        <>
          <table data-testid="usage-figures">
            <thead>
              <tr>
                <th scope="col">Lượt</th>
                <th scope="col" className="num">
                  30 ngày
                </th>
                <th scope="col" className="num">
                  Năm nay
                </th>
              </tr>
            </thead>
            <tbody>
              {USAGE_COLUMNS.map((column) => (
                <tr key={column.key} data-column={column.key}>
                  <th scope="row">{column.label}</th>
                  <td className="num">{formatCount(usage.last30.figures[column.key])}</td>
                  <td className="num">{formatCount(usage.year.figures[column.key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Lines title="Tải theo tệp" lines={usage.downloads} testId="usage-downloads" />
          <Lines title="Nhúng theo trang" lines={usage.embedHosts} testId="usage-hosts" />
          <UsageChart caption="Lượt sử dụng từng ngày, 30 ngày qua" points={points} />
          <p className="note">{usage.note}</p>
        </>
      ) : null}
    </div>
  )
}
