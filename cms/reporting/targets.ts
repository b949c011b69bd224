/**
 * The plan's measurable targets (ke-hoach-lai-chau-dvctt.txt, II.1 «Đến năm 2025»): each with a short
 * Vietnamese name, the plan's own sentence, how the library measures it and the units it applies to.
 */
import type { ReportingUnitType, TargetFigure, TargetId } from './types'

export type TargetDefinition = Pick<TargetFigure, 'id' | 'name' | 'planText' | 'measure' | 'counts' | 'unitTypes'>

const UNITS: ReportingUnitType[] = ['department', 'agency', 'commune', 'ward']
const LOCAL: ReportingUnitType[] = ['commune', 'ward']

export const TARGETS: readonly TargetDefinition[] = [
  {
    id: 'portal-embed',
    name: 'Cổng thông tin điện tử có thư viện',
    planText:
      '100% các sở, ngành, địa phương hằng năm thực hiện tuyên truyền về dịch vụ công trực tuyến trên Cổng thông tin điện tử của cơ quan nhà nước.',
    measure:
      'Đơn vị đạt khi trong năm có lượt tải khung nhúng hoặc tiện ích nhúng của thư viện trên tên miền cổng thông tin điện tử đã khai báo của đơn vị.',
    counts: 'units',
    unitTypes: UNITS,
  },
  {
    id: 'unified-materials',
    name: 'Đăng tải, sử dụng tài liệu thống nhất',
    planText:
      '100% các sở, ngành, địa phương đăng tải các tài liệu, video clip bảo đảm thống nhất về nội dung để hướng dẫn người dân, doanh nghiệp sử dụng đối với dịch vụ công trực tuyến được cung cấp trên Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh.',
    measure:
      'Đơn vị đạt khi trong năm có tài liệu của đơn vị được xuất bản hoặc cập nhật, hoặc có hoạt động đã duyệt sử dụng tài liệu của thư viện, hoặc cổng thông tin điện tử của đơn vị có nhúng thư viện.',
    counts: 'units',
    unitTypes: UNITS,
  },
  {
    id: 'grassroots-outreach',
    name: 'Hệ thống thông tin cơ sở tuyên truyền',
    planText:
      '100% hệ thống thông tin cơ sở thực hiện tuyên truyền, phổ biến về cung cấp và sử dụng dịch vụ công trực tuyến phù hợp với đặc thù của địa phương.',
    measure:
      'Xã, phường đạt khi trong năm có buổi phát thanh trên loa truyền thanh hoặc hoạt động tuyên truyền khác đã được duyệt.',
    counts: 'units',
    unitTypes: LOCAL,
  },
  {
    id: 'team-training',
    name: 'Tổ công nghệ số cộng đồng được tập huấn',
    planText:
      '100% thành viên của Tổ công nghệ số cộng đồng hằng năm được bồi dưỡng, tập huấn nhằm cập nhật, nâng cao kiến thức và kỹ năng số để tuyên truyền, hướng dẫn cho người dân về dịch vụ công trực tuyến.',
    measure: 'Xã, phường đạt khi trong năm có buổi tập huấn Tổ công nghệ số cộng đồng đã được duyệt.',
    counts: 'units',
    unitTypes: LOCAL,
  },
  {
    id: 'staff-training',
    name: 'Cán bộ, công chức được tập huấn',
    planText:
      '100% cán bộ, công chức, viên chức trực tiếp tham gia quản trị, vận hành, khai thác sử dụng hệ thống thông tin cung cấp dịch vụ công hằng năm được đào tạo, bồi dưỡng, tập huấn cập nhật kiến thức chuyên sâu về công nghệ số, kỹ năng số.',
    measure: 'Đơn vị đạt khi trong năm có buổi tập huấn cán bộ, công chức đã được duyệt; cộng số người tham dự.',
    counts: 'units',
    unitTypes: UNITS,
  },
  {
    id: 'procedure-guides',
    name: 'Thủ tục toàn trình có tài liệu hướng dẫn',
    planText:
      '100% TTHC đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.',
    measure:
      'Tỉ lệ thủ tục toàn trình trong danh mục có ít nhất một tài liệu hướng dẫn đang xuất bản (độ phủ hướng dẫn); đơn vị đạt khi mọi thủ tục toàn trình đơn vị thực hiện đều có hướng dẫn.',
    counts: 'procedures',
    unitTypes: ['province', ...UNITS],
  },
  {
    id: 'feedback',
    name: 'Ý kiến góp ý được tiếp thu công khai',
    planText:
      '100% ý kiến đóng góp của người dân khi sử dụng các dịch vụ công trực tuyến được cơ quan nhà nước tiếp thu công khai để cải tiến chất lượng dịch vụ công trực tuyến.',
    measure:
      'Số ý kiến góp ý đã được trả lời (công khai hoặc trả lời riêng, câu trả lời đã được duyệt) trên tổng số ý kiến nhận được trong năm, không tính thư rác; đơn vị đạt khi mọi ý kiến về tài liệu của đơn vị đều đã được trả lời.',
    counts: 'feedback',
    unitTypes: UNITS,
  },
]

export const FEEDBACK_NOT_BUILT =
  'Chưa có số liệu: thư viện chưa có chức năng nhận và trả lời ý kiến góp ý của người dân.'

export function targetDefinition(id: TargetId): TargetDefinition {
  const found = TARGETS.find((target) => target.id === id)
  if (!found) throw new Error(`Unknown target ${id}`)
  return found
}
