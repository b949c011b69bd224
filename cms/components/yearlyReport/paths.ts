/** The province view «Báo cáo năm», under the admin route. */
export const YEARLY_REPORT_VIEW_PATH = '/bao-cao-nam'

/** `/api/report-submissions/2026/12.docx`, or `/tinh.docx` for the roll-up. */
export const reportDocumentUrl = (apiRoute: string, year: number, target: string | number, format: string): string =>
  `${apiRoute.replace(/\/$/, '')}/report-submissions/${year}/${target}.${format}`
