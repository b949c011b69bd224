import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'

import { USAGE_COLUMNS, type UsageColumn, type UsageFigures } from '../../usageStats/columns'

// Only the parts of Chart.js a stacked bar chart needs are registered. UsageChart imports this module on
// demand, so the library (one chunk of ≈ 150 kB, 54 kB gzipped, in the admin build) is fetched by the usage
// views alone, never with the other admin pages.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

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
 * Draws the figures of each point as a stacked bar (one colour per figure that occurs), in the canvas's
 * text colour, numbers grouped the Vietnamese way. Returns what removes the chart.
 */
export function drawUsageChart(
  canvas: HTMLCanvasElement,
  points: readonly { label: string; figures: UsageFigures }[],
): () => void {
  const shown = USAGE_COLUMNS.filter((column) => points.some((point) => point.figures[column.key] > 0))
  const text = getComputedStyle(canvas).color
  const datasets = shown.map((column) => ({
    label: column.label,
    data: points.map((point) => point.figures[column.key]),
    backgroundColor: COLOURS[column.key],
  }))
  const chart = new Chart(canvas, {
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
  canvas.dataset.chartDrawn = JSON.stringify(datasets.map((set) => ({ label: set.label, data: set.data })))
  return () => chart.destroy()
}
