import React from 'react'

import { USAGE_COLUMNS, type UsageFigures, formatCount } from '../../usageStats/columns'
import type { GroupRow, MaterialRow } from '../../usageStats/overview'

const Header = ({ first, extra }: { first: string; extra?: string }): React.ReactNode => (
  <thead>
    <tr>
      <th scope="col">{first}</th>
      {extra ? <th scope="col">{extra}</th> : null}
      {USAGE_COLUMNS.map((column) => (
        <th scope="col" className="num" key={column.key}>
          {column.label}
        </th>
      ))}
      <th scope="col" className="num">
        Tổng
      </th>
    </tr>
  </thead>
)

/** One cell per figure and the total, each a link when there is somewhere to go. */
const Figures = ({ figures, href }: { figures: UsageFigures; href: string | null }): React.ReactNode => (
  <>
    {[...USAGE_COLUMNS.map((column) => column.key), 'total' as const].map((key) => (
      <td className="num" key={key} data-figure={key}>
        {href ? <a href={href}>{formatCount(figures[key])}</a> : formatCount(figures[key])}
      </td>
    ))}
  </>
)

/** The figures of a whole (the province, a contributor's units) as a row of boxes. */
export function FigureSummary({ figures, testId }: { figures: UsageFigures; testId: string }): React.ReactNode {
  return (
    <div className="summary" data-testid={testId}>
      {USAGE_COLUMNS.map((column) => (
        <div key={column.key} data-figure={column.key}>
          <strong>{formatCount(figures[column.key])}</strong>
          {column.label}
        </div>
      ))}
    </div>
  )
}

/** Per unit or per topic; each row's figures link to the materials behind them. */
export function GroupTable({
  rows,
  heading,
  labelledBy,
  testId,
  hrefOf,
}: {
  rows: GroupRow[]
  heading: string
  labelledBy: string
  testId: string
  hrefOf: (row: GroupRow) => string | null
}): React.ReactNode {
  if (rows.length === 0) return <p>Chưa có tài liệu nào.</p>
  return (
    <table aria-labelledby={labelledBy} data-testid={testId}>
      <Header first={heading} extra="Số tài liệu" />
      <tbody>
        {rows.map((row) => {
          const href = hrefOf(row)
          return (
            <tr key={row.id ?? 'none'} data-row={row.name}>
              <th scope="row">{href ? <a href={href}>{row.name}</a> : row.name}</th>
              <td className="num">{formatCount(row.materials)}</td>
              <Figures figures={row.figures} href={href} />
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** The most used materials; every figure opens the material. */
export function TopMaterialsTable({
  rows,
  labelledBy,
  hrefOf,
}: {
  rows: MaterialRow[]
  labelledBy: string
  hrefOf: (row: MaterialRow) => string
}): React.ReactNode {
  if (rows.length === 0) return <p>Chưa có lượt sử dụng nào trong thời gian này.</p>
  return (
    <table aria-labelledby={labelledBy} data-testid="usage-top-materials">
      <Header first="Tài liệu" extra="Đơn vị" />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-row={row.title}>
            <th scope="row">
              <a href={hrefOf(row)}>{row.title}</a>
            </th>
            <td>{row.unit}</td>
            <Figures figures={row.figures} href={hrefOf(row)} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
