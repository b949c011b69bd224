/**
 * The report's sections, following the plan's tasks (section IV «Hình thức tuyên
 * truyền» and VI.9): each gathers the approved activities of some kinds (kinds as
 * in the outreach-activities collection) and the unit's own remarks (the
 * submission's `notes.<key>`).
 */
export interface ReportSection {
  key: 'direction' | 'portal' | 'social' | 'grassroots' | 'print' | 'training' | 'school' | 'other'
  title: string
  kinds: readonly string[]
  /** What the unit may write here, shown under the field in the admin. */
  hint: string
}

export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    key: 'direction',
    title: 'Công tác chỉ đạo, ban hành kế hoạch',
    kinds: [],
    hint: 'Kế hoạch, văn bản chỉ đạo đã ban hành (số, ngày) hoặc lồng ghép vào kế hoạch chuyển đổi số, tuyên truyền của đơn vị.',
  },
  {
    key: 'portal',
    title: 'Tuyên truyền trên Cổng/Trang thông tin điện tử',
    kinds: ['portal-post'],
    hint: 'Chuyên mục, tin bài, video hướng dẫn đăng trên cổng của đơn vị.',
  },
  {
    key: 'social',
    title: 'Tuyên truyền trên mạng xã hội (Zalo OA, Facebook, TikTok…)',
    kinds: ['social-post'],
    hint: 'Trang, kênh của đơn vị và các bài đã đăng.',
  },
  {
    key: 'grassroots',
    title: 'Tuyên truyền qua hệ thống thông tin cơ sở',
    kinds: ['loudspeaker'],
    hint: 'Phát trên loa truyền thanh, đài truyền thanh xã, phường.',
  },
  {
    key: 'print',
    title: 'Phát hành tài liệu, ấn phẩm',
    kinds: ['print'],
    hint: 'Tờ rơi, tờ gấp, pa-nô, áp phích đã in và phát.',
  },
  {
    key: 'training',
    title: 'Hội nghị, tập huấn, bồi dưỡng',
    kinds: ['conference', 'training-team', 'training-staff'],
    hint: 'Hội nghị, tập huấn cho cán bộ, công chức và Tổ công nghệ số cộng đồng.',
  },
  {
    key: 'school',
    title: 'Tuyên truyền trong trường học',
    kinds: ['school'],
    hint: 'Buổi ngoại khóa, cuộc thi cho học sinh, sinh viên.',
  },
  { key: 'other', title: 'Hoạt động khác', kinds: ['other'], hint: 'Hoạt động khác, mô hình hay, cách làm sáng tạo.' },
]

/** The labels of the activity kinds, as the report's tables print them. */
export const ACTIVITY_KIND_LABELS: Record<string, string> = {
  loudspeaker: 'Phát thanh trên loa truyền thanh',
  conference: 'Hội nghị, hội thảo',
  'training-team': 'Tập huấn Tổ công nghệ số cộng đồng',
  'training-staff': 'Tập huấn cán bộ, công chức',
  print: 'Phát hành ấn phẩm',
  'portal-post': 'Đăng trên Cổng/Trang TTĐT',
  'social-post': 'Đăng trên mạng xã hội',
  school: 'Tuyên truyền trong trường học',
  other: 'Hoạt động khác',
}
