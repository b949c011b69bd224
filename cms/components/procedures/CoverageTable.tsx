import React from 'react'

import { formatShare } from '../../vocabulary'

interface Row {
  key: string
  label: string
  total: number
  covered: number
  share: number
}

/** One coverage table (per field or per unit): toàn trình procedures, those with a guide, the share. */
export function CoverageTable({
  rows,
  heading,
  labelledBy,
  testId,
}: {
  rows: Row[]
  heading: string
  labelledBy: string
  testId: string
}): React.ReactNode {
  if (rows.length === 0) return <p>Chưa có số liệu.</p>
  return (
    <table aria-labelledby={labelledBy} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            Thủ tục toàn trình
          </th>
          <th scope="col" className="num">
            Có hướng dẫn
          </th>
          <th scope="col" className="num">
            Tỉ lệ
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.total}</td>
            <td className="num">{row.covered}</td>
            <td className="num">{formatShare(row.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
