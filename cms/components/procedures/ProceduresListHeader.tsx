import type { Payload } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { loadCoverage } from '../../lib/loadCoverage'
import { formatShare } from '../../vocabulary'
import { COVERAGE_VIEW_PATH, IMPORT_VIEW_PATH, adminHref } from './paths'
import './procedures.css'

/**
 * Above the Procedures list: the way to «Nạp danh mục thủ tục» (editors and
 * admins) and a one-line coverage summary linking to the full view.
 */
export async function ProceduresListHeader({
  payload,
  user,
}: {
  payload: Payload
  user?: unknown
}): Promise<React.ReactNode> {
  const adminRoute = payload.config.routes.admin
  const overall = await loadCoverage(payload).then(
    (coverage) => coverage.overall,
    (error: unknown) => {
      // The list must still open; the coverage view itself shows the failure in full.
      payload.logger.error({ err: error, msg: 'Coverage summary above the procedures list failed' })
      return null
    },
  )
  return (
    <div className="dvctt-procedures-header gutter--left gutter--right">
      {hasRole(user, 'admin', 'editor') ? (
        <a className="btn btn--style-primary btn--size-medium" href={adminHref(adminRoute, IMPORT_VIEW_PATH)}>
          Nạp danh mục thủ tục
        </a>
      ) : null}
      <p data-testid="coverage-summary" style={{ margin: 0 }}>
        {overall ? (
          <>
            Độ phủ hướng dẫn: <strong>{formatShare(overall.share)}</strong> thủ tục toàn trình có hướng dẫn (
            {overall.covered}/{overall.total}).{' '}
          </>
        ) : (
          <>Chưa tính được độ phủ hướng dẫn (lỗi khi đọc dữ liệu); danh mục bên dưới vẫn đầy đủ. </>
        )}
        <a href={adminHref(adminRoute, COVERAGE_VIEW_PATH)}>Xem chi tiết theo lĩnh vực và đơn vị</a>
      </p>
    </div>
  )
}
