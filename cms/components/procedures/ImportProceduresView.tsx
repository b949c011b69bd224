import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { FIELD_LABELS, MAX_IMPORT_BYTES } from '../../import/procedures'
import { ImportProceduresForm } from './ImportProceduresForm'
import { COVERAGE_VIEW_PATH, adminHref } from './paths'
import { ProceduresViewFrame } from './ProceduresViewFrame'

/** /admin/nap-danh-muc-thu-tuc: «Nạp danh mục thủ tục», for editors and admins. */
export function ImportProceduresView({ initPageResult, params, searchParams }: AdminViewServerProps): React.ReactNode {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const allowed = hasRole(req.user, 'admin', 'editor')
  return (
    <ProceduresViewFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title="Nạp danh mục thủ tục"
    >
      {allowed ? (
        <>
          <p>
            Chọn tệp danh mục thủ tục hành chính của tỉnh rồi bấm «Xem trước»: hệ thống cho biết thủ tục nào được thêm,
            thay đổi (từng trường), giữ nguyên, hay không còn trong danh mục, và dòng nào bị loại kèm lý do. Chưa có gì
            được ghi cho tới khi bạn bấm «Xác nhận nạp».
          </p>
          <ImportProceduresForm
            apiRoute={`${routes.api}`}
            maxBytes={MAX_IMPORT_BYTES}
            fieldLabels={FIELD_LABELS}
            listHref={`${routes.admin}/collections/procedures`}
            coverageHref={adminHref(routes.admin, COVERAGE_VIEW_PATH)}
          />
        </>
      ) : (
        <p role="alert">
          Chỉ biên tập viên tỉnh hoặc quản trị viên được nạp danh mục thủ tục. Danh mục chưa thay đổi. Hãy gửi tệp cho
          biên tập viên tỉnh.
        </p>
      )}
    </ProceduresViewFrame>
  )
}
