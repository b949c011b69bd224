/**
 * A year of outreach activities for the Lai Châu demo, as units would record them: commune loudspeaker
 * broadcasts, trainings of the Community Digital Technology Teams in some communes (not all: the dashboard
 * then has units that have not met the target), conferences, printed copies, e-portal and social posts.
 * `daysAgo` places each activity before the day the seed runs, so none lies in the future.
 * `state` is the review state it is left in; a returned one carries the reviewer's comment.
 */
export interface ActivitySeed {
  unit: string
  kind:
    | 'loudspeaker'
    | 'conference'
    | 'training-team'
    | 'training-staff'
    | 'print'
    | 'portal-post'
    | 'social-post'
    | 'school'
  daysAgo: number
  days?: number
  place?: string
  reach: { people?: number; copies?: number; minutes?: number; times?: number }
  platform?: 'zalo' | 'facebook' | 'tiktok'
  link?: string
  note?: string
  state: 'draft' | 'submitted' | 'returned' | 'approved'
  comment?: string
}

const BROADCAST_COMMUNES: [string, string][] = [
  ['Xã Sìn Hồ', 'Khu 5 và bản Nậm Cha'],
  ['Xã Nậm Tăm', 'Bản Nậm Tăm, bản Nậm Đích'],
  ['Xã Bình Lư', 'Khu 2 và bản Bình Lư'],
  ['Xã Tam Đường', 'Bản Hợp 1, bản Hợp 2'],
  ['Xã Phong Thổ', 'Khu 4 và bản Pa Pe'],
  ['Xã Mường Tè', 'Khu 9 và bản Nậm Củm'],
  ['Xã Than Uyên', 'Khu 7 và bản Mường Than'],
  ['Xã Bum Nưa', 'Bản Nậm Củm'],
]

/** Two broadcasts a month for a year in each listed commune, approved but for a few still in review. */
function broadcasts(): ActivitySeed[] {
  const seeds: ActivitySeed[] = []
  BROADCAST_COMMUNES.forEach(([unit, place], communeIndex) => {
    for (let month = 0; month < 12; month++) {
      seeds.push({
        unit,
        kind: 'loudspeaker',
        daysAgo: 8 + month * 30 + communeIndex,
        place,
        reach: {
          times: 2 + (month % 3),
          minutes: 20 + 5 * (communeIndex % 3),
          people: 600 + 50 * communeIndex + 10 * month,
        },
        note: 'Phát bài «Đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công» bằng tiếng Việt và tiếng Mông.',
        state: month === 0 && communeIndex % 3 === 1 ? 'submitted' : 'approved',
      })
    }
  })
  return seeds
}

const TRAINED_TEAMS: [string, number, number][] = [
  ['Xã Sìn Hồ', 40, 24],
  ['Xã Nậm Tăm', 95, 18],
  ['Xã Bình Lư', 120, 21],
  ['Xã Tam Đường', 150, 16],
  ['Phường Tân Phong', 60, 30],
  ['Phường Đoàn Kết', 75, 27],
]

export const ACTIVITY_SEEDS: readonly ActivitySeed[] = [
  ...broadcasts(),
  ...TRAINED_TEAMS.map(
    ([unit, daysAgo, people]): ActivitySeed => ({
      unit,
      kind: 'training-team',
      daysAgo,
      place: 'Hội trường UBND',
      reach: { people },
      note: 'Tập huấn Tổ công nghệ số cộng đồng: hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, dùng VNeID.',
      state: 'approved',
    }),
  ),
  {
    unit: 'Xã Phong Thổ',
    kind: 'training-team',
    daysAgo: 12,
    place: 'Nhà văn hóa khu 4',
    reach: { people: 15 },
    state: 'returned',
    comment:
      'Chưa có danh sách người tham dự có chữ ký: đề nghị chụp danh sách và đính kèm làm minh chứng rồi gửi lại.',
  },
  {
    unit: 'Xã Sìn Hồ',
    kind: 'print',
    daysAgo: 35,
    place: 'Bộ phận Một cửa xã và các nhà văn hóa bản',
    reach: { copies: 1200 },
    state: 'returned',
    comment: 'Số bản in (1.200) lớn hơn số bản tỉnh cấp (800): đề nghị kiểm tra lại sổ phát hành.',
  },
  {
    unit: 'Xã Sìn Hồ',
    kind: 'school',
    daysAgo: 20,
    place: 'Trường THCS xã Sìn Hồ',
    reach: { people: 210, times: 1 },
    state: 'submitted',
  },
  {
    unit: 'Xã Sìn Hồ',
    kind: 'social-post',
    daysAgo: 3,
    platform: 'zalo',
    reach: { times: 2, people: 1850 },
    link: 'https://zalo.me/sinho',
    state: 'draft',
  },
  {
    unit: 'Xã Sìn Hồ',
    kind: 'portal-post',
    daysAgo: 50,
    reach: { times: 3 },
    link: 'https://sinho.laichau.gov.vn',
    state: 'approved',
  },
  {
    unit: 'Xã Nậm Tăm',
    kind: 'print',
    daysAgo: 70,
    place: 'Chợ phiên Nậm Tăm',
    reach: { copies: 500 },
    state: 'approved',
  },
  {
    unit: 'Xã Mường Tè',
    kind: 'print',
    daysAgo: 140,
    place: 'Bộ phận Một cửa xã',
    reach: { copies: 800 },
    state: 'approved',
  },
  {
    unit: 'Phường Tân Phong',
    kind: 'portal-post',
    daysAgo: 90,
    reach: { times: 6 },
    link: 'https://tanphong.laichau.gov.vn',
    state: 'approved',
  },
  {
    unit: 'Phường Đoàn Kết',
    kind: 'social-post',
    daysAgo: 25,
    platform: 'facebook',
    reach: { times: 4, people: 3200 },
    state: 'approved',
  },
  {
    unit: 'Xã Than Uyên',
    kind: 'social-post',
    daysAgo: 45,
    platform: 'tiktok',
    reach: { times: 2, people: 5400 },
    state: 'approved',
  },
  {
    unit: 'Sở Khoa học và Công nghệ',
    kind: 'conference',
    daysAgo: 160,
    days: 1,
    place: 'Hội trường Trung tâm Hành chính – Chính trị tỉnh',
    reach: { people: 180 },
    note: 'Hội nghị triển khai Kế hoạch tuyên truyền dịch vụ công trực tuyến năm nay.',
    state: 'approved',
  },
  {
    unit: 'Sở Khoa học và Công nghệ',
    kind: 'training-staff',
    daysAgo: 130,
    place: 'Sở KH&CN',
    reach: { people: 65 },
    state: 'approved',
  },
  {
    unit: 'Sở Khoa học và Công nghệ',
    kind: 'portal-post',
    daysAgo: 60,
    reach: { times: 12 },
    link: 'https://skhcn.laichau.gov.vn',
    state: 'approved',
  },
  {
    unit: 'Sở Tư pháp',
    kind: 'portal-post',
    daysAgo: 100,
    reach: { times: 5 },
    link: 'https://stp.laichau.gov.vn',
    state: 'approved',
  },
  {
    unit: 'Sở Tư pháp',
    kind: 'conference',
    daysAgo: 200,
    place: 'Sở Tư pháp',
    reach: { people: 45 },
    state: 'approved',
  },
  { unit: 'Sở Y tế', kind: 'portal-post', daysAgo: 80, reach: { times: 2 }, state: 'submitted' },
  {
    unit: 'Sở Nội vụ',
    kind: 'training-staff',
    daysAgo: 110,
    days: 2,
    place: 'Sở Nội vụ',
    reach: { people: 90 },
    state: 'approved',
  },
]
