import type { ReportInput } from '../../cms/yearlyReport/input'

/** A unit's report input with a figure in every part, for the writers' tests (no database). */
export function sampleReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    kind: 'unit',
    year: 2031,
    issuer: { name: 'Ủy ban nhân dân xã Mường Chà', parentName: null },
    provinceName: 'Điện Biên',
    place: 'Mường Chà',
    addressee: 'Sở Khoa học và Công nghệ tỉnh Điện Biên',
    documentNumber: '77/BC-UBND',
    abbreviation: 'UBND',
    signedOn: '2031-12-09T03:00:00.000Z',
    signer: { title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Lò Văn Pâng' },
    recipients: ['Sở Khoa học và Công nghệ', 'Lưu: VT'],
    notes: { direction: 'Ban hành Kế hoạch số 15/KH-UBND ngày 10/02/2031.' },
    difficulties: 'Sóng di động yếu ở các bản vùng cao.',
    proposals: 'Đề nghị hỗ trợ loa truyền thanh thông minh.',
    activities: [
      {
        startDate: '2031-03-04T01:00:00.000Z',
        kind: 'loudspeaker',
        unitName: 'Xã Mường Chà',
        place: 'Bản Huổi Lèng',
        materials: ['Hướng dẫn đăng ký khai sinh trực tuyến'],
        reach: { minutes: 45, times: 3 },
      },
      {
        startDate: '2031-05-20T01:00:00.000Z',
        kind: 'training-team',
        unitName: 'Xã Mường Chà',
        place: 'Hội trường UBND xã',
        materials: ['Cẩm nang VNeID'],
        reach: { people: 37 },
      },
    ],
    usage: { view: 1234, download: 56, play: 78, play75: 40, 'embed-page': 9, 'embed-widget': 11, qr: 5 },
    portal: {
      hosts: ['muongcha.dienbien.gov.vn'],
      firstSeen: '2031-02-01T05:00:00Z',
      lastSeen: '2031-11-30T05:00:00Z',
      loads: 20,
    },
    targets: [{ title: 'Cổng thông tin điện tử có thư viện', figure: 'Có, 20 lượt tải', standing: 'met' }],
    coverage: {
      overall: { total: 40, covered: 30, share: 0.75 },
      rows: [{ name: 'Xã Mường Chà', total: 20, covered: 15, share: 0.75 }],
    },
    generatedAt: '2031-12-09T03:00:00.000Z',
    ...overrides,
  }
}
