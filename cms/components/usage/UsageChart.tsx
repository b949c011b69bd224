'use client'

import React, { useEffect, useRef } from 'react'

import { USAGE_COLUMNS, type UsageFigures, formatCount } from '../../usageStats/columns'

export interface ChartPoint {
  key: string
  label: string
  figures: UsageFigures
}

/** The chart's figures as a table: for screen readers, and for reading exact numbers. */
function ChartTable({ points }: { points: ChartPoint[] }): React.ReactNode {
  return (
    <details style={{ overflowX: 'auto' }}>
      <summary>Bảng số liệu của biểu đồ</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            {USAGE_COLUMNS.map((column) => (
              <th scope="col" className="num" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.key}>
              <th scope="row">{point.label}</th>
              {USAGE_COLUMNS.map((column) => (
                <td className="num" key={column.key}>
                  {formatCount(point.figures[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

/**
 * A stacked bar chart of usage figures, drawn by Chart.js (./barChart, loaded only when a usage view
 * opens), followed by the same figures as a table.
 */
export function UsageChart({
  points,
  caption,
  height = 220,
}: {
  points: ChartPoint[]
  caption: string
  height?: number
}): React.ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null)
  const empty = points.every((point) => point.figures.total === 0)

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    let remove: (() => void) | undefined
    let cancelled = false
    void import('./barChart').then(({ drawUsageChart }) => {
      if (!cancelled) remove = drawUsageChart(element, points)
    })
    return () => {
      cancelled = true
      remove?.()
    }
  }, [points])

  return (
    <figure className="dvctt-usage-chart" style={{ margin: '0.5rem 0 1rem' }}>
      <figcaption>{caption}</figcaption>
      {empty ? (
        <p>Chưa có lượt sử dụng nào trong thời gian này.</p>
      ) : (
        <div style={{ position: 'relative', height }}>
          <canvas ref={canvas} role="img" aria-label={`${caption}: biểu đồ cột; số liệu ở bảng ngay dưới.`} />
        </div>
      )}
      <ChartTable points={points} />
    </figure>
  )
}
