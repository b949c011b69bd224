/**
 * Yearly reports for the demo (issue 17): last year's, most submitted before
 * 15/12 and one late, the rest missing (so the province view shows «Quá hạn»);
 * this year's in draft. Days are relative to the year: day of December, hour in Vietnam.
 */
export interface ReportSeed {
  unit: string
  /** 0: this year, -1: last year. */
  yearOffset: 0 | -1
  /** Submitted on this day of December (Vietnam, 9:00); none: still a draft. */
  submittedOnDecember?: number
  documentNumber?: string
  difficulties: string
  proposals: string
  direction?: string
}

const WEAK_SIGNAL = 'Sóng di động yếu ở nhiều bản vùng cao, người dân khó thao tác dịch vụ công trực tuyến tại nhà.'
const FEW_PHONES = 'Nhiều hộ chưa có điện thoại thông minh; người cao tuổi còn ngại sử dụng.'
const LOUDSPEAKERS = 'Đề nghị hỗ trợ nâng cấp loa truyền thanh thông minh cho các bản chưa có.'
const TRAINING = 'Đề nghị Sở Khoa học và Công nghệ mở thêm lớp tập huấn cho Tổ công nghệ số cộng đồng.'

export const REPORT_SEEDS: readonly ReportSeed[] = [
  {
    unit: 'Xã Sìn Hồ',
    yearOffset: -1,
    submittedOnDecember: 8,
    documentNumber: '142/BC-UBND',
    direction:
      'Ban hành Kế hoạch tuyên truyền dịch vụ công trực tuyến năm của xã; lồng ghép vào kế hoạch chuyển đổi số.',
    difficulties: `${WEAK_SIGNAL}\n${FEW_PHONES}`,
    proposals: LOUDSPEAKERS,
  },
  {
    unit: 'Phường Tân Phong',
    yearOffset: -1,
    submittedOnDecember: 5,
    documentNumber: '215/BC-UBND',
    difficulties: 'Lượng hồ sơ trực tiếp tại Bộ phận Một cửa còn cao vào cuối năm.',
    proposals: 'Đề nghị bố trí thêm máy tính hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa.',
  },
  {
    unit: 'Sở Khoa học và Công nghệ',
    yearOffset: -1,
    submittedOnDecember: 12,
    documentNumber: '389/BC-SKHCN',
    difficulties: 'Một số đơn vị chưa khai báo tên miền cổng thông tin điện tử nên chưa đo được việc nhúng thư viện.',
    proposals: 'Đề nghị các đơn vị nhúng thư viện tài liệu vào cổng thông tin điện tử của mình.',
  },
  {
    unit: 'Sở Giáo dục và Đào tạo',
    yearOffset: -1,
    submittedOnDecember: 14,
    difficulties: 'Thời lượng ngoại khóa trong năm học còn hạn chế.',
    proposals: 'Đề nghị xây dựng bộ câu hỏi tìm hiểu dịch vụ công trực tuyến cho học sinh trung học phổ thông.',
  },
  {
    unit: 'Xã Mường Tè',
    yearOffset: -1,
    submittedOnDecember: 19,
    difficulties: `${WEAK_SIGNAL}\nĐịa bàn rộng, đi lại khó khăn vào mùa mưa.`,
    proposals: TRAINING,
  },
  {
    unit: 'Xã Sìn Hồ',
    yearOffset: 0,
    direction: 'Ban hành Kế hoạch số 12/KH-UBND về tuyên truyền dịch vụ công trực tuyến trong năm.',
    difficulties: FEW_PHONES,
    proposals: TRAINING,
  },
  {
    unit: 'Xã Tam Đường',
    yearOffset: 0,
    difficulties: WEAK_SIGNAL,
    proposals: LOUDSPEAKERS,
  },
]
