import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadCoverage } from '../../lib/loadCoverage'
import { formatShare } from '../../vocabulary'
import { CoverageTable } from './CoverageTable'
import { IMPORT_VIEW_PATH, adminHref } from './paths'
import { ProceduresViewFrame } from './ProceduresViewFrame'

/**
 * /admin/do-phu-huong-dan: «Độ phủ hướng dẫn», computed live on each visit
 * (cms/lib/loadCoverage.ts), never typed in.
 */
export async function CoverageView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactNode> {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const coverage = req.user ? await loadCoverage(req.payload) : null
  const { overall } = coverage ?? { overall: null }
  return (
    <ProceduresViewFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title="Độ phủ hướng dẫn"
    >
      {!coverage || !overall ? (
        <p role="alert">Hãy đăng nhập để xem độ phủ hướng dẫn.</p>
      ) : (
        <>
          <p>
            Tỉ lệ thủ tục <strong>toàn trình</strong> đang có trong danh mục có ít nhất một tài liệu hướng dẫn đang xuất
            bản trên trang công khai (đã xuất bản, chưa hết hiệu lực). Số liệu được tính lại mỗi khi mở trang; thủ tục
            «Không còn trong danh mục» không được tính.
          </p>
          <p data-testid="coverage-overall" style={{ fontSize: '1.25em' }}>
            Toàn tỉnh: <strong>{formatShare(overall.share)}</strong> ({overall.covered}/{overall.total} thủ tục toàn
            trình có hướng dẫn)
          </p>
          {overall.total === 0 ? (
            <p>
              Chưa có thủ tục toàn trình nào trong danh mục.{' '}
              <a href={adminHref(routes.admin, IMPORT_VIEW_PATH)}>Nạp danh mục thủ tục</a>.
            </p>
          ) : null}

          <h2 id="coverage-by-field">Theo lĩnh vực</h2>
          <CoverageTable
            labelledBy="coverage-by-field"
            testId="coverage-by-field"
            heading="Lĩnh vực"
            rows={coverage.byField.map((row) => ({ key: row.field, label: row.field, ...row }))}
          />

          <h2 id="coverage-by-unit">Theo đơn vị</h2>
          <p className="note">
            Xã, phường thực hiện mọi thủ tục cấp xã; UBND tỉnh mọi thủ tục cấp tỉnh; mỗi sở, ngành các thủ tục ghi nó là
            cơ quan thực hiện.
          </p>
          <CoverageTable
            labelledBy="coverage-by-unit"
            testId="coverage-by-unit"
            heading="Đơn vị"
            rows={coverage.byUnit.map((row) => ({ key: String(row.unit.id), label: row.unit.name, ...row }))}
          />

          <h2 id="coverage-missing">Thủ tục toàn trình chưa có hướng dẫn ({overall.missing.length})</h2>
          {overall.missing.length === 0 ? (
            <p>Mọi thủ tục toàn trình đều đã có hướng dẫn.</p>
          ) : (
            <table aria-labelledby="coverage-missing" data-testid="coverage-missing">
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Tên thủ tục</th>
                  <th scope="col">Lĩnh vực</th>
                </tr>
              </thead>
              <tbody>
                {overall.missing.map((p) => (
                  <tr key={String(p.id)}>
                    <td>{p.code}</td>
                    <td>
                      <a href={`${routes.admin}/collections/procedures/${p.id}`}>{p.name}</a>
                    </td>
                    <td>{p.field}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </ProceduresViewFrame>
  )
}
