import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { MAX_IMPORT_BYTES } from '../../import/procedures/limits'
import { ProceduresViewFrame } from '../procedures/ProceduresViewFrame'
import { ImportActivitiesForm } from './ImportActivitiesForm'
import { ACTIVITY_IMPORT_API, ACTIVITY_TEMPLATE_API } from './paths'

/** /admin/nap-so-hoat-dong: «Nạp sổ hoạt động tuyên truyền», for units that keep paper logs. */
export function ImportActivitiesView({ initPageResult, params, searchParams }: AdminViewServerProps): React.ReactNode {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const allowed = hasRole(req.user, 'admin', 'editor', 'contributor')
  return (
    <ProceduresViewFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title="Nạp sổ hoạt động tuyên truyền"
      parent={{ label: 'Hoạt động tuyên truyền', collection: 'outreach-activities' }}
    >
      {allowed ? (
        <>
          <p>
            <a href={`${routes.api}${ACTIVITY_TEMPLATE_API}`} download>
              Tải tệp mẫu (.xlsx)
            </a>
            , chép các hoạt động từ sổ giấy vào đó (mỗi dòng một hoạt động), rồi chọn tệp và bấm «Xem trước». Hệ thống
            cho biết các dòng sẽ được ghi và các dòng bị loại kèm lý do. Chỉ khi không còn dòng nào bị loại mới «Xác
            nhận nạp» được; các hoạt động được lưu ở trạng thái «Nháp» để đơn vị kiểm tra rồi gửi duyệt.
          </p>
          <ImportActivitiesForm
            importUrl={`${routes.api}${ACTIVITY_IMPORT_API}`}
            maxBytes={MAX_IMPORT_BYTES}
            listHref={`${routes.admin}/collections/outreach-activities`}
          />
        </>
      ) : (
        <p role="alert">Chỉ cộng tác viên đơn vị, biên tập viên tỉnh hoặc quản trị được nạp sổ hoạt động.</p>
      )}
    </ProceduresViewFrame>
  )
}
