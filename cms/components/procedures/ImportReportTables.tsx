'use client'
import React from 'react'

import { type ImportReport, displayValue } from '../../import/procedures/report'

/** The five counts an editor reads first. */
export function ImportSummary({ report }: { report: ImportReport }): React.ReactNode {
  const items: [string, number][] = [
    ['Thêm mới', report.added.length],
    ['Thay đổi', report.changed.length],
    ['Không đổi', report.unchanged.length],
    ['Không còn trong danh mục', report.withdrawn.length],
    ['Dòng bị loại', report.rejected.length],
  ]
  return (
    <dl className="summary" aria-label="Tóm tắt">
      {items.map(([label, count]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Every table of the preview, one per kind of change; empty kinds are left out. */
export function ImportReportTables({
  report,
  fieldLabels,
}: {
  report: ImportReport
  fieldLabels: Record<string, string>
}): React.ReactNode {
  return (
    <>
      {report.rejected.length > 0 ? (
        <section aria-labelledby="import-rejected">
          <h3 id="import-rejected">Dòng bị loại ({report.rejected.length})</h3>
          <p className="note">
            Các dòng này không được nạp; các dòng khác của tệp vẫn được nạp. Sửa chúng trong tệp rồi nạp lại nếu cần.
          </p>
          <RowNotes notes={report.rejected} caption="Dòng bị loại" testId="rejected" />
        </section>
      ) : null}
      {report.added.length > 0 ? <AddedProcedures added={report.added} /> : null}
      {report.changed.length > 0 ? <ChangedProcedures changed={report.changed} fieldLabels={fieldLabels} /> : null}
      {report.withdrawn.length > 0 ? <WithdrawnProcedures withdrawn={report.withdrawn} /> : null}
      {report.warnings.length > 0 ? (
        <section aria-labelledby="import-warnings">
          <h3 id="import-warnings">Cảnh báo ({report.warnings.length})</h3>
          <p className="note">Các dòng này vẫn được nạp, nhưng hãy kiểm tra lại.</p>
          <RowNotes notes={report.warnings} caption="Cảnh báo" testId="warnings" />
        </section>
      ) : null}
    </>
  )
}

function AddedProcedures({ added }: { added: ImportReport['added'] }): React.ReactNode {
  return (
    <section aria-labelledby="import-added">
      <h3 id="import-added">Thủ tục thêm mới ({added.length})</h3>
      <table data-testid="added">
        <caption className="sr-only">Thủ tục thêm mới</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Mức độ</th>
            <th scope="col">Cấp thực hiện</th>
            <th scope="col">Cơ quan thực hiện</th>
          </tr>
        </thead>
        <tbody>
          {added.map((p) => (
            <tr key={p.code}>
              <td>{p.code}</td>
              <td>{p.name}</td>
              <td>{p.field}</td>
              <td>{displayValue('onlineLevel', p.onlineLevel)}</td>
              <td>{displayValue('implementingLevel', p.implementingLevel)}</td>
              <td>{p.agencies.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function ChangedProcedures({
  changed,
  fieldLabels,
}: {
  changed: ImportReport['changed']
  fieldLabels: Record<string, string>
}): React.ReactNode {
  return (
    <section aria-labelledby="import-changed">
      <h3 id="import-changed">Thủ tục thay đổi ({changed.length})</h3>
      <table data-testid="changed">
        <caption className="sr-only">Thủ tục thay đổi, từng trường</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
            <th scope="col">Trường</th>
            <th scope="col">Cũ</th>
            <th scope="col">Mới</th>
          </tr>
        </thead>
        <tbody>
          {changed.flatMap((p) =>
            Object.entries(p.fields).map(([field, change]) => (
              <tr key={`${p.code}-${field}`}>
                <td>{p.code}</td>
                <td>{p.name}</td>
                <td>{fieldLabels[field] ?? field}</td>
                <td>«{displayValue(field, change.from)}»</td>
                <td>«{displayValue(field, change.to)}»</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  )
}

function WithdrawnProcedures({ withdrawn }: { withdrawn: ImportReport['withdrawn'] }): React.ReactNode {
  return (
    <section aria-labelledby="import-withdrawn">
      <h3 id="import-withdrawn">Sẽ đánh dấu «Không còn trong danh mục» ({withdrawn.length})</h3>
      <p className="note">
        Tệp mới không còn các thủ tục này. Chúng được giữ lại, không bị xóa: tài liệu hướng dẫn vẫn giữ liên kết tới
        chúng, nhưng chúng không còn được tính vào độ phủ. Nạp lại một tệp có chúng thì chúng trở lại danh mục.
      </p>
      <table data-testid="withdrawn">
        <caption className="sr-only">Thủ tục không còn trong danh mục</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
          </tr>
        </thead>
        <tbody>
          {withdrawn.map((p) => (
            <tr key={p.code}>
              <td>{p.code}</td>
              <td>{p.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function RowNotes({
  notes,
  caption,
  testId,
}: {
  notes: ImportReport['rejected']
  caption: string
  testId: string
}): React.ReactNode {
  return (
    <table data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Trang tính</th>
          <th scope="col" className="num">
            Dòng
          </th>
          <th scope="col">Lý do</th>
        </tr>
      </thead>
      <tbody>
        {notes.map((note) => (
          <tr key={`${note.sheet}-${note.row}-${note.reason}`}>
            <td>{note.sheet}</td>
            <td className="num">{note.row}</td>
            <td>{note.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
