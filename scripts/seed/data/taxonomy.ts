/** Topics, audiences and campaigns, taken from the plan's sections II–VI. */

export interface TopicSeed {
  name: string
  order: number
  description: string
}

/** The seven content lines of section III, in the plan's order. */
export const TOPIC_SEEDS: readonly TopicSeed[] = [
  {
    order: 1,
    name: 'Chủ trương, chính sách và văn bản pháp luật',
    description:
      'Đường lối, chủ trương của Đảng, cơ chế chính sách, các văn bản pháp luật của Nhà nước và văn bản hướng dẫn của cơ quan nhà nước các cấp về triển khai dịch vụ công trực tuyến.',
  },
  {
    order: 2,
    name: 'Lợi ích và cách sử dụng dịch vụ công trực tuyến',
    description:
      'Vai trò, ý nghĩa, lợi ích khi sử dụng dịch vụ công trực tuyến; quy trình, thời gian xử lý, cách truy cập và sử dụng; những tính năng mới, thay đổi để người dân, doanh nghiệp biết và tham gia.',
  },
  {
    order: 3,
    name: 'An toàn thông tin và bảo vệ dữ liệu cá nhân',
    description:
      'Biện pháp bảo mật, kỹ năng bảo đảm an toàn thông tin, tiêu chuẩn và quy định về bảo vệ dữ liệu, quyền riêng tư; hướng dẫn xử lý sự cố thường gặp khi dùng dịch vụ công trực tuyến.',
  },
  {
    order: 4,
    name: 'Cải tiến chất lượng và mô hình hay',
    description:
      'Kinh nghiệm, giải pháp cải tiến chất lượng dịch vụ công trực tuyến đã thành công tại bộ, ngành, địa phương; biểu dương, khen thưởng và nhân rộng mô hình tốt, cách làm hay, sáng kiến có giá trị.',
  },
  {
    order: 5,
    name: 'Kinh nghiệm của các địa phương trên toàn quốc',
    description:
      'Kinh nghiệm triển khai dịch vụ công trực tuyến của các tỉnh, thành phố trên toàn quốc, chọn lọc để vận dụng tại Lai Châu.',
  },
  {
    order: 6,
    name: 'Nâng cao nhận thức và hiệu quả sử dụng',
    description:
      'Các nội dung khác liên quan đến nâng cao nhận thức, chất lượng cung cấp và hiệu quả sử dụng dịch vụ công trực tuyến.',
  },
  {
    order: 7,
    name: 'Gương điển hình tiên tiến',
    description:
      'Tuyên truyền, phản ánh gương các tổ chức, cá nhân triển khai dịch vụ công trực tuyến chất lượng, hiệu quả.',
  },
]

export interface AudienceSeed {
  key: AudienceKey
  name: string
  description: string
}

export type AudienceKey = 'citizens' | 'business' | 'officials' | 'students' | 'digitalTeams' | 'ethnic' | 'reporters'

export const AUDIENCE_SEEDS: readonly AudienceSeed[] = [
  {
    key: 'citizens',
    name: 'Người dân',
    description:
      'Người dân trưởng thành trên địa bàn tỉnh, mục tiêu 50% sử dụng dịch vụ công trực tuyến đến năm 2025 và 70% đến năm 2030.',
  },
  {
    key: 'business',
    name: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh',
    description:
      'Tổ chức kinh tế thực hiện thủ tục đăng ký kinh doanh, đất đai, xây dựng, đầu tư và thuế trên môi trường điện tử.',
  },
  {
    key: 'officials',
    name: 'Cán bộ, công chức, viên chức',
    description:
      'Người làm việc trong cơ quan nhà nước, nhất là đội ngũ giải quyết và kiểm soát thủ tục hành chính, được truyền thông và tập huấn hằng năm.',
  },
  {
    key: 'students',
    name: 'Học sinh, sinh viên',
    description:
      'Học sinh trung học cơ sở, trung học phổ thông, sinh viên và học viên các cơ sở giáo dục trên địa bàn tỉnh.',
  },
  {
    key: 'digitalTeams',
    name: 'Tổ công nghệ số cộng đồng',
    description:
      'Thành viên Tổ công nghệ số cộng đồng ở thôn, bản, tổ dân phố: người trực tiếp hướng dẫn bà con dùng dịch vụ công trực tuyến.',
  },
  {
    key: 'ethnic',
    name: 'Đồng bào dân tộc thiểu số',
    description:
      'Đồng bào Mông, Thái, Dao, Hà Nhì, Lự, Mảng, Cống, Si La… ở vùng sâu, vùng xa; ưu tiên tài liệu song ngữ và phát thanh.',
  },
  {
    key: 'reporters',
    name: 'Báo cáo viên, tuyên truyền viên',
    description: 'Đội ngũ báo cáo viên, tuyên truyền viên, phóng viên và cán bộ đài truyền thanh cơ sở.',
  },
]

export type CampaignKey = 'dcd2025' | 'students2026'

export interface CampaignSeed {
  key: CampaignKey
  name: string
  startDate: string
  endDate: string
  description: string
}

export const CAMPAIGN_SEEDS: readonly CampaignSeed[] = [
  {
    key: 'dcd2025',
    name: 'Ngày Chuyển đổi số quốc gia 10/10',
    startDate: '2025-10-01T00:00:00.000Z',
    endDate: '2025-10-31T00:00:00.000Z',
    description:
      'Đợt cao điểm tuyên truyền về dịch vụ công trực tuyến hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025, do Sở Khoa học và Công nghệ chủ trì, Sở Văn hóa, Thể thao và Du lịch phối hợp.',
  },
  {
    key: 'students2026',
    name: 'Phổ cập kỹ năng dịch vụ công trực tuyến cho học sinh năm học 2025–2026',
    startDate: '2025-09-05T00:00:00.000Z',
    endDate: '2026-05-31T00:00:00.000Z',
    description:
      'Lồng ghép hướng dẫn dịch vụ công trực tuyến vào môn Tin học và hoạt động ngoại khóa; thi thiết kế áp phích và video cho học sinh trung học.',
  },
]
