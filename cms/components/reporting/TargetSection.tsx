import React from 'react'

import type { ReportingUnit, TargetFigure } from '../../reporting/types'
import { figureText } from './figureText'
import { recordsHref } from './links'
import { STANDING_LABELS } from './standingLabels'

/** One target: the plan's sentence, the figure with a link to its records, and each visible unit's standing. */
export function TargetSection({
  target,
  units,
  year,
  adminRoute,
}: {
  target: TargetFigure
  units: Map<string, ReportingUnit>
  year: number
  adminRoute: string
}): React.ReactNode {
  const headingId = `target-${target.id}`
  const href = recordsHref(adminRoute, year, target.id)
  const rows = target.units.filter((row) => units.has(String(row.unit)))
  return (
    <section aria-labelledby={headingId} data-testid={headingId} className="dvctt-target">
      <h2 id={headingId}>{target.name}</h2>
      <blockquote>Kế hoạch: «{target.planText}»</blockquote>
      <p className="note">Cách tính: {target.measure}</p>
      <p className="figure" data-testid={`${headingId}-figure`}>
        Toàn tỉnh: <strong>{figureText(target)}</strong>
        {target.people !== undefined ? `, ${target.people} người được tập huấn` : ''}
        {href && target.status === 'measured' ? (
          <>
            {' · '}
            <a href={href}>Xem hồ sơ căn cứ</a>
          </>
        ) : null}
      </p>
      {target.note ? <p className="note">{target.note}</p> : null}
      {rows.length > 0 ? (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Căn cứ</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const unit = units.get(String(row.unit))
              const rowHref =
                row.standing === 'no-data'
                  ? null
                  : recordsHref(adminRoute, year, target.id, { id: String(row.unit), hosts: row.hosts })
              return (
                <tr key={String(row.unit)} data-unit={unit?.name} data-standing={row.standing}>
                  <th scope="row">{unit?.name}</th>
                  <td className={`standing standing--${row.standing}`}>{STANDING_LABELS[row.standing]}</td>
                  <td>
                    {row.detail}
                    {rowHref && row.evidence > 0 ? (
                      <>
                        {' '}
                        <a href={rowHref}>Xem</a>
                      </>
                    ) : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
