import type { Block } from '../../richText'
import { PROCEDURE_SEEDS, type ProcedureSeed } from '../procedures'
import { helpBlocks } from './fragments'
import type { MaterialSeed } from './types'

const PRINT = { label: 'Bản in A4', source: 'printPdf' } as const

function procedureList(filter: (p: ProcedureSeed) => boolean): { codes: string[]; blocks: Block[] } {
  const chosen = PROCEDURE_SEEDS.filter(filter)
  const byField = new Map<string, ProcedureSeed[]>()
  for (const p of chosen) byField.set(p.field, [...(byField.get(p.field) ?? []), p])
  const blocks: Block[] = [...byField].flatMap(([field, list]): Block[] => [
    { h3: `Lĩnh vực ${field} (${list.length} thủ tục)` },
    { ul: list.map((p) => `${p.code} – ${p.name} (${p.onlineLevel === 'full' ? 'toàn trình' : 'một phần'})`) },
  ])
  return { codes: chosen.map((p) => p.code), blocks }
}

const communeFull = procedureList((p) => p.implementingLevel === 'commune' && p.onlineLevel === 'full')
const provincePartial = procedureList((p) => p.implementingLevel === 'province' && p.onlineLevel === 'partial')
const civilStatus = procedureList((p) => p.field === 'Hộ tịch')
const linked = procedureList((p) =>
  ['1.012079', '1.012088', '1.001193', '1.000656', '1.004194', '1.004206', '1.011633', '1.001758'].includes(p.code),
)
const business = procedureList((p) => /doanh nghiệp|hộ kinh doanh|hợp tác xã|Đầu tư|Du lịch/.test(p.field))

/** Procedure lists and documents (plans, decisions, training material). */
export const DOCUMENT_MATERIALS: readonly MaterialSeed[] = [
  {
    title: 'Danh mục dịch vụ công trực tuyến toàn trình thực hiện tại cấp xã',
    kind: 'procedure-list',
    status: 'published',
    summary: `Danh mục ${communeFull.codes.length} thủ tục hành chính cấp xã được cung cấp trực tuyến toàn trình, niêm yết tại Bộ phận Một cửa xã, phường.`,
    body: [
      {
        p: 'Danh mục áp dụng thống nhất tại 38 xã, phường sau sắp xếp đơn vị hành chính. Người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia, không phải đến trụ sở.',
      },
      ...communeFull.blocks,
    ],
    topics: [2],
    audiences: ['citizens', 'officials'],
    owner: 'Văn phòng UBND tỉnh',
    procedures: communeFull.codes,
    validFrom: '2025-07-01',
    cover: 'danhMuc',
    downloads: [{ label: 'Bản niêm yết A4', source: 'printPdf' }],
  },
  {
    title: 'Danh mục dịch vụ công trực tuyến một phần thuộc thẩm quyền cấp tỉnh',
    kind: 'procedure-list',
    status: 'published',
    summary: `Danh mục ${provincePartial.codes.length} thủ tục cấp tỉnh nộp hồ sơ trực tuyến nhưng cần có mặt ở một bước (thu nhận sinh trắc học, nộp bản gốc, nhận kết quả).`,
    body: [
      {
        p: 'Tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh. Bước cần có mặt được ghi rõ trong thông báo gửi qua tin nhắn.',
      },
      ...provincePartial.blocks,
    ],
    topics: [2],
    audiences: ['citizens', 'business'],
    owner: 'Trung tâm Phục vụ hành chính công tỉnh',
    procedures: provincePartial.codes,
    validFrom: '2025-07-01',
    cover: 'danhMuc',
    downloads: [PRINT],
  },
  {
    title: 'Danh mục thủ tục lĩnh vực Hộ tịch trên Cổng Dịch vụ công quốc gia',
    kind: 'procedure-list',
    status: 'published',
    summary: `Toàn bộ ${civilStatus.codes.length} thủ tục hộ tịch người dân Lai Châu thực hiện trực tuyến, kèm mã thủ tục để tra cứu nhanh trên Cổng Dịch vụ công quốc gia.`,
    body: [...civilStatus.blocks, ...helpBlocks],
    topics: [2],
    audiences: ['citizens', 'officials', 'digitalTeams'],
    owner: 'Sở Tư pháp',
    procedures: civilStatus.codes,
    validFrom: '2025-07-01',
    cover: 'danhMuc',
    downloads: [PRINT],
  },
  {
    title: 'Danh mục hai nhóm thủ tục liên thông: khai sinh và khai tử',
    kind: 'procedure-list',
    status: 'published',
    summary:
      'Hai nhóm thủ tục liên thông theo Đề án 06: đăng ký khai sinh – thường trú – bảo hiểm y tế cho trẻ dưới 6 tuổi; đăng ký khai tử – xóa thường trú – trợ cấp mai táng.',
    body: [
      { p: 'Mỗi nhóm liên thông chỉ cần nộp một bộ hồ sơ; các cơ quan tự chuyển thông tin cho nhau.' },
      ...linked.blocks,
    ],
    topics: [1, 2],
    audiences: ['citizens', 'officials'],
    owner: 'Công an tỉnh Lai Châu',
    procedures: linked.codes,
    validFrom: '2025-07-01',
    cover: 'danhMuc',
    downloads: [PRINT],
  },
  {
    title: 'Danh mục thủ tục trực tuyến dành cho doanh nghiệp, hợp tác xã, hộ kinh doanh',
    kind: 'procedure-list',
    status: 'published',
    summary: `${business.codes.length} thủ tục về đăng ký kinh doanh, đầu tư, du lịch mà doanh nghiệp, hợp tác xã, hộ kinh doanh có thể nộp trực tuyến.`,
    body: business.blocks,
    topics: [2],
    audiences: ['business'],
    owner: 'Sở Tài chính',
    procedures: business.codes,
    validFrom: '2025-07-15',
    cover: 'doanhNghiep',
    downloads: [PRINT],
  },
  {
    title: 'Kế hoạch triển khai Đề án tuyên truyền, nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến',
    kind: 'document',
    status: 'published',
    summary:
      'Kế hoạch của UBND tỉnh Lai Châu thực hiện Quyết định số 1588/QĐ-TTg: mục đích, mục tiêu đến năm 2025 và 2030, bảy nội dung tuyên truyền, hình thức và phân công các sở, ngành.',
    body: [
      { h2: 'I. Mục đích, yêu cầu' },
      {
        p: 'Đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết, hiểu, tin và chuyển biến thành hành động; đa dạng hóa nội dung, hình thức, thực hiện đa kênh, đa nền tảng.',
      },
      { h2: 'II. Mục tiêu đến năm 2025' },
      {
        ul: [
          '100% cán bộ, công chức, viên chức được truyền thông hằng năm.',
          '100% thành viên Tổ công nghệ số cộng đồng được tập huấn hằng năm.',
          'Tối thiểu 80% hồ sơ được xử lý hoàn toàn trực tuyến.',
          '50% người dân trưởng thành sử dụng dịch vụ công trực tuyến.',
          'Tối thiểu 90% người dân hài lòng.',
        ],
      },
      { h2: 'III. Nội dung tuyên truyền' },
      {
        ol: [
          'Chủ trương, chính sách, văn bản pháp luật.',
          'Vai trò, lợi ích, cách sử dụng.',
          'An toàn thông tin, bảo vệ dữ liệu.',
          'Kinh nghiệm, giải pháp cải tiến chất lượng.',
          'Kinh nghiệm của các địa phương.',
          'Nội dung khác nâng cao nhận thức.',
          'Gương tổ chức, cá nhân điển hình.',
        ],
      },
      { h2: 'IV. Tổ chức thực hiện' },
      {
        p: 'Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc; Sở Văn hóa, Thể thao và Du lịch hướng dẫn thông tin cơ sở; Sở Giáo dục và Đào tạo lồng ghép vào môn Tin học; Báo Lai Châu, Đài PTTH tỉnh sản xuất tin, bài, video. Báo cáo kết quả trước ngày 15/12 hằng năm.',
      },
    ],
    topics: [1],
    audiences: ['officials', 'reporters'],
    owner: 'UBND tỉnh Lai Châu',
    validFrom: '2025-02-20',
    cover: 'vanBan',
    downloads: [{ label: 'Toàn văn kế hoạch (PDF)', source: 'printPdf' }],
  },
  {
    title: 'Quyết định số 1588/QĐ-TTg phê duyệt Đề án tuyên truyền về dịch vụ công trực tuyến',
    kind: 'document',
    status: 'published',
    summary:
      'Tóm tắt Quyết định số 1588/QĐ-TTg ngày 17/12/2024 của Thủ tướng Chính phủ phê duyệt Đề án đến năm 2025, định hướng đến năm 2030 và những điểm địa phương cần triển khai.',
    body: [
      {
        p: 'Đề án đặt mục tiêu nâng cao nhận thức và kỹ năng của người dân, doanh nghiệp, cán bộ, công chức về dịch vụ công trực tuyến, gắn với Chính phủ số và chuyển đổi số quốc gia.',
      },
      { h2: 'Điểm cần lưu ý với địa phương' },
      {
        ul: [
          'Ban hành kế hoạch hoặc lồng ghép vào kế hoạch chuyển đổi số hằng năm.',
          'Đăng tải tài liệu, video hướng dẫn thống nhất về nội dung.',
          'Hằng năm tập huấn Tổ công nghệ số cộng đồng.',
        ],
      },
    ],
    topics: [1],
    audiences: ['officials'],
    owner: 'Văn phòng UBND tỉnh',
    validFrom: '2024-12-17',
    cover: 'vanBan',
    downloads: [PRINT],
  },
  {
    title: 'Hướng dẫn tuyên truyền hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025',
    kind: 'document',
    status: 'published',
    summary:
      'Hướng dẫn của Sở Khoa học và Công nghệ về thông điệp, khẩu hiệu, tài liệu dùng chung và lịch đăng phát trên báo chí, hệ thống thông tin cơ sở dịp 10/10/2025.',
    body: [
      { h2: 'Thông điệp chủ đạo' },
      { p: '“Dịch vụ công trực tuyến – Ở đâu cũng làm được”.' },
      { h2: 'Khẩu hiệu tuyên truyền' },
      {
        ul: [
          'Chuyển đổi số vì người dân, doanh nghiệp!',
          'Mỗi người dân một tài khoản định danh điện tử!',
          'Nộp hồ sơ trực tuyến – tiết kiệm thời gian, chi phí!',
        ],
      },
      { h2: 'Lịch triển khai' },
      {
        ul: [
          '01–09/10: treo áp phích, pa-nô; phát bản tin truyền thanh.',
          '10/10: ra quân Tổ công nghệ số cộng đồng tại 100% thôn, bản.',
          '11–31/10: đăng phát video, infographic; tổng hợp kết quả gửi Sở trước 05/11.',
        ],
      },
    ],
    topics: [1, 6],
    audiences: ['officials', 'reporters', 'digitalTeams'],
    owner: 'Sở Khoa học và Công nghệ',
    campaign: 'dcd2025',
    validFrom: '2025-09-25',
    validUntil: '2025-11-05',
    cover: 'dcd',
    downloads: [PRINT],
  },
  {
    title: 'Tài liệu tập huấn Tổ công nghệ số cộng đồng: hướng dẫn người dân dùng dịch vụ công trực tuyến',
    kind: 'document',
    status: 'published',
    summary:
      'Tài liệu tập huấn hằng năm cho thành viên Tổ công nghệ số cộng đồng: kỹ năng hướng dẫn, các thủ tục thường gặp, an toàn thông tin và cách xử lý sự cố.',
    body: [
      { h2: 'Phần 1. Vai trò của Tổ công nghệ số cộng đồng' },
      {
        p: 'Tổ là cầu nối giữa chính quyền số và người dân ở thôn, bản: hướng dẫn, hỗ trợ, không làm thay khi không có ủy quyền.',
      },
      { h2: 'Phần 2. Thủ tục thường gặp' },
      {
        ul: [
          'Đăng ký khai sinh, khai tử, kết hôn.',
          'Đăng ký thường trú, tạm trú.',
          'Cấp Phiếu lý lịch tư pháp.',
          'Trợ cấp xã hội hằng tháng.',
        ],
      },
      { h2: 'Phần 3. An toàn thông tin' },
      { ul: ['Không ghi lại mật khẩu, mã OTP của người dân.', 'Đăng xuất sau mỗi lần hỗ trợ trên thiết bị chung.'] },
      { h2: 'Phần 4. Xử lý sự cố' },
      {
        ul: [
          'Không nhận được mã kích hoạt: kiểm tra số điện thoại chính chủ.',
          'Hồ sơ bị trả: đọc lý do trong mục “Quản lý hồ sơ”, bổ sung và nộp lại.',
        ],
      },
    ],
    topics: [2, 3, 6],
    audiences: ['digitalTeams'],
    owner: 'Sở Khoa học và Công nghệ',
    procedures: ['1.001193', '1.000656', '1.000894', '1.004194', '2.000986', '1.001776'],
    validFrom: '2025-03-10',
    cover: 'congDong',
    downloads: [PRINT],
  },
  {
    title: 'Câu hỏi thường gặp khi nộp hồ sơ trực tuyến và cách xử lý sự cố',
    kind: 'document',
    status: 'published',
    summary:
      'Tổng hợp 12 câu hỏi người dân hay hỏi tại Bộ phận Một cửa: quên mật khẩu, không nhận được OTP, tải tệp bị lỗi, hồ sơ bị trả lại, tra cứu kết quả.',
    body: [
      { h3: 'Quên mật khẩu VNeID?' },
      { p: 'Chọn “Quên mật khẩu” trên ứng dụng, xác thực bằng số điện thoại chính chủ và khuôn mặt.' },
      { h3: 'Tải tệp đính kèm bị lỗi?' },
      { p: 'Dùng tệp PDF hoặc ảnh JPG dưới 10 MB; chụp rõ nét, đủ bốn góc giấy tờ.' },
      { h3: 'Hồ sơ bị trả lại?' },
      { p: 'Xem lý do trong mục “Quản lý hồ sơ”, bổ sung đúng yêu cầu và nộp lại, không phải làm hồ sơ mới.' },
      ...helpBlocks,
    ],
    topics: [3, 2],
    audiences: ['citizens', 'digitalTeams'],
    owner: 'Trung tâm Phục vụ hành chính công tỉnh',
    validFrom: '2025-06-01',
    cover: 'antoan',
    downloads: [PRINT],
  },
  {
    title: 'Kế hoạch lồng ghép nội dung dịch vụ công trực tuyến vào môn Tin học năm học 2025–2026',
    kind: 'document',
    status: 'published',
    summary:
      'Sở Giáo dục và Đào tạo hướng dẫn các trường THCS, THPT lồng ghép nội dung dịch vụ công trực tuyến vào môn Tin học và hoạt động ngoại khóa, phù hợp lứa tuổi.',
    body: [
      {
        ul: [
          'Lớp 8–9: hiểu dịch vụ công trực tuyến là gì, nhận biết trang web chính thống.',
          'Lớp 10–12: thực hành tra cứu thủ tục, hướng dẫn người thân nộp hồ sơ.',
          'Ngoại khóa: cuộc thi áp phích, video về dịch vụ công trực tuyến.',
        ],
      },
      { p: 'Mục tiêu: 80% học sinh THPT được phổ cập kỹ năng sử dụng dịch vụ công trực tuyến trong năm học.' },
    ],
    topics: [1, 6],
    audiences: ['students', 'officials'],
    owner: 'Sở Giáo dục và Đào tạo',
    campaign: 'students2026',
    validFrom: '2025-09-05',
    validUntil: '2026-05-31',
    cover: 'hocSinh',
    downloads: [PRINT],
  },
  {
    title: 'Kế hoạch tuyên truyền dịch vụ công trực tuyến năm 2024 của UBND huyện Sìn Hồ',
    kind: 'document',
    status: 'published',
    summary:
      'Kế hoạch của UBND huyện Sìn Hồ (cũ) năm 2024, lưu để tham khảo; từ ngày 01/7/2025 nhiệm vụ do UBND các xã trên địa bàn huyện cũ thực hiện.',
    body: [
      {
        p: 'Văn bản lưu trữ: huyện Sìn Hồ kết thúc hoạt động từ ngày 01/7/2025 theo mô hình chính quyền địa phương hai cấp.',
      },
      {
        ul: [
          'Tổ chức 24 buổi tuyên truyền lưu động tại các bản.',
          'Phát sóng chuyên mục dịch vụ công trên Đài truyền thanh huyện hằng tuần.',
        ],
      },
    ],
    topics: [1, 4],
    audiences: ['officials'],
    owner: 'Huyện Sìn Hồ',
    appliesTo: ['Huyện Sìn Hồ', 'Xã Sìn Hồ', 'Xã Hồng Thu', 'Xã Nậm Tăm', 'Xã Pu Sam Cáp'],
    validFrom: '2024-02-01',
    validUntil: '2025-06-30',
    cover: 'vanBan',
    downloads: [PRINT],
  },
]
