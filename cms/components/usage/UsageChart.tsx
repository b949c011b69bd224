'use client'

import React, { useEffect, useRef } from 'react'

import type { UsageColumn, UsageFigures } from '../../usageStats/columns'
import { USAGE_COLUMNS, formatCount } from '../../usageStats/columns'

export interface ChartPoint {
  key: string
  label: string
  figures: UsageFigures
}

// Okabe–Ito: told apart with the common colour-vision deficiencies.
const COLOURS: Record<UsageColumn, string> = {
  view: '#0072B2',
  download: '#E69F00',
  play: '#009E73',
  play75: '#CC79A7',
  embed: '#56B4E9',
  qr: '#D55E00',
}

/**
 * A stacked bar chart of usage figures (Chart.js, loaded only when a usage view opens), followed by the
 * same figures as a table for screen readers and for reading exact numbers.
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
    // Only the figures that occur, so the legend is not a list of zeros.
    const shown = USAGE_COLUMNS.filter((column) => points.some((point) => point.figures[column.key] > 0))
    let chart: { destroy: () => void } | undefined
    let cancelled = false
    void import('chart.js').then(
      ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled) return
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
        const text = getComputedStyle(element).color
        const datasets = shown.map((column) => ({
          label: column.label,
          data: points.map((point) => point.figures[column.key]),
          backgroundColor: COLOURS[column.key],
        }))
        chart = new Chart(element, {
          type: 'bar',
          data: { labels: points.map((point) => point.label), datasets },
          options: {
            locale: 'vi-VN',
            animation: false,
            maintainAspectRatio: false,
            color: text,
            scales: {
              x: { stacked: true, ticks: { color: text } },
              y: { stacked: true, beginAtZero: true, ticks: { color: text, precision: 0 } },
            },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
          },
        })
        // What was drawn, for tests and for anyone inspecting the page.
        element.dataset.chartDrawn = JSON.stringify(datasets.map((set) => ({ label: set.label, data: set.data })))
      },
    )
    return () => {
      cancelled = true
      chart?.destroy()
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
    </figure>
  )
}
