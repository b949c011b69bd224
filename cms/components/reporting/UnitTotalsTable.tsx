import React from 'react'

import type { ReportingUnit, UnitTotals } from '../../reporting/types'
import { unitActivitiesHref } from './links'

const number = new Intl.NumberFormat('vi-VN')
const sum = (values: (number | undefined)[]): number => values.reduce<number>((a, b) => a + (b ?? 0), 0)

/** Per-unit totals of the year: approved activities, their reach, and the use of the unit's materials. */
export function UnitTotalsTable({
  rows,
  units,
  year,
  adminRoute,
}: {
  rows: UnitTotals[]
  units: Map<string, ReportingUnit>
  year: number
  adminRoute: string
}): React.ReactNode {
  const visible = rows.filter((row) => units.has(String(row.unit)))
  if (visible.length === 0) return null
  return (
    <section aria-labelledby="unit-totals" data-testid="unit-totals">
      <h2 id="unit-totals">Tổng hợp theo đơn vị</h2>
      <table aria-labelledby="unit-totals">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col" className="num">
              Hoạt động đã duyệt
            </th>
            <th scope="col" className="num">
              Người tham dự, nghe
            </th>
            <th scope="col" className="num">
              Bản in phát hành
            </th>
            <th scope="col" className="num">
              Tài liệu xuất bản, cập nhật
            </th>
            <th scope="col" className="num">
              Lượt xem
            </th>
            <th scope="col" className="num">
              Lượt tải, phát, nhúng, quét QR
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => {
            const unit = units.get(String(row.unit))
            const { view, ...others } = row.usage
            return (
              <tr key={String(row.unit)} data-unit={unit?.name}>
                <th scope="row">{unit?.name}</th>
                <td className="num">
                  {row.activityCount > 0 ? (
                    <a href={unitActivitiesHref(adminRoute, year, String(row.unit))}>
                      {number.format(row.activityCount)}
                    </a>
                  ) : (
                    0
                  )}
                </td>
                <td className="num">{number.format(row.reach.people)}</td>
                <td className="num">{number.format(row.reach.copies)}</td>
                <td className="num">{number.format(row.materialsPublished)}</td>
                <td className="num">{number.format(view ?? 0)}</td>
                <td className="num">{number.format(sum(Object.values(others)))}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
