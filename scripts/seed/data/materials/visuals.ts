import { helpBlocks } from './fragments'
import type { MaterialSeed } from './types'

/** The Vietnamese original of the Hmong print kit (languages.ts). */
export const OTP_POSTER_TITLE = 'Áp phích: Không chia sẻ mã OTP – Bảo vệ tài khoản VNeID'

const PRINT_A3 = { label: 'Bản in A3', source: 'printPdf' } as const
const SOCIAL = { label: 'Bản đăng mạng', source: 'socialImage' } as const

const COMMUNES_NORTH = ['Xã Sìn Hồ', 'Xã Phong Thổ', 'Xã Dào San', 'Xã Sì Lở Lầu', 'Xã Khổng Lào']

/** Posters, panels and infographics: one message, seen at a glance. */
export const VISUAL_MATERIALS: readonly MaterialSeed[] = [
  {
    title: 'Áp phích: Ngày Chuyển đổi số quốc gia 10/10 – Dịch vụ công trực tuyến vì người dân',
    kind: 'poster',
    status: 'published',
    summary:
      'Áp phích khổ A3 và bản đăng mạng xã hội hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025, treo tại Bộ phận Một cửa và nhà văn hóa thôn, bản.',
    body: [
      {
        p: 'Thông điệp chính: “Dịch vụ công trực tuyến – Ở đâu cũng làm được”. Áp phích dùng thống nhất trong toàn tỉnh từ ngày 01/10 đến 31/10/2025.',
      },
      { h2: 'Nơi treo, đăng' },
      {
        ul: [
          'Bộ phận Một cửa các cấp, trụ sở UBND xã, phường.',
          'Nhà văn hóa thôn, bản; điểm bưu điện văn hóa xã.',
          'Trang Zalo OA, Facebook, TikTok của các cơ quan, đơn vị.',
        ],
      },
    ],
    topics: [6],
    audiences: ['citizens', 'officials'],
    owner: 'Sở Văn hóa, Thể thao và Du lịch',
    campaign: 'dcd2025',
    validFrom: '2025-10-01',
    validUntil: '2025-12-31',
    cover: 'dcd',
    downloads: [PRINT_A3, SOCIAL],
  },
  {
    title: 'Pa-nô tại Bộ phận Một cửa: Quét mã, nộp hồ sơ, nhận kết quả tại nhà',
    kind: 'poster',
    status: 'published',
    summary:
      'Mẫu pa-nô khổ lớn đặt tại sảnh Bộ phận Một cửa, hướng dẫn người dân quét mã QR để nộp hồ sơ trực tuyến và đăng ký nhận kết quả qua bưu điện.',
    body: [
      {
        p: 'Pa-nô kích thước 2 m × 1,2 m, in bạt; bản thiết kế dùng chung cho Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa xã, phường.',
      },
      {
        ol: [
          'Quét mã QR bằng camera điện thoại.',
          'Đăng nhập VNeID.',
          'Chọn thủ tục và nộp hồ sơ.',
          'Chọn nhận kết quả tại nhà qua bưu điện.',
        ],
      },
    ],
    topics: [2],
    audiences: ['citizens', 'business'],
    owner: 'Trung tâm Phục vụ hành chính công tỉnh',
    validFrom: '2025-07-01',
    cover: 'nopHoSo',
    downloads: [{ label: 'Bản thiết kế pa-nô (PDF)', source: 'printPdf' }],
  },
  {
    title: OTP_POSTER_TITLE,
    kind: 'poster',
    status: 'published',
    summary:
      'Áp phích cảnh báo lừa đảo chiếm đoạt tài khoản định danh điện tử: không cung cấp mã OTP, không cài ứng dụng lạ theo hướng dẫn qua điện thoại.',
    body: [
      {
        p: 'Cơ quan công an không gọi điện yêu cầu cài ứng dụng, cung cấp mã OTP hay chuyển tiền. Gặp trường hợp nghi ngờ, báo ngay Công an xã, phường.',
      },
    ],
    topics: [3],
    audiences: ['citizens', 'ethnic', 'students'],
    owner: 'Công an tỉnh Lai Châu',
    validFrom: '2025-04-01',
    cover: 'antoan',
    downloads: [PRINT_A3, SOCIAL],
    printTemplate: true,
  },
  {
    title: 'Áp phích cuộc thi “Học sinh Lai Châu với dịch vụ công trực tuyến”',
    kind: 'poster',
    status: 'published',
    summary:
      'Áp phích phát động cuộc thi thiết kế áp phích, video về dịch vụ công trực tuyến dành cho học sinh trung học cơ sở, trung học phổ thông năm học 2025–2026.',
    body: [
      {
        p: 'Cuộc thi do Sở Giáo dục và Đào tạo phối hợp Sở Khoa học và Công nghệ tổ chức theo Kế hoạch của UBND tỉnh.',
      },
      { h2: 'Thể lệ tóm tắt' },
      {
        ul: [
          'Đối tượng: học sinh THCS, THPT, học viên giáo dục thường xuyên.',
          'Sản phẩm: áp phích A3 hoặc video dưới 3 phút.',
          'Hạn nộp: 31/3/2026 qua nhà trường.',
        ],
      },
    ],
    topics: [6],
    audiences: ['students'],
    owner: 'Sở Giáo dục và Đào tạo',
    campaign: 'students2026',
    validFrom: '2025-11-01',
    validUntil: '2026-05-31',
    cover: 'hocSinh',
    downloads: [PRINT_A3],
  },
  {
    title: 'Pa-nô: Phấn đấu 80% hồ sơ được xử lý hoàn toàn trực tuyến',
    kind: 'poster',
    status: 'published',
    summary:
      'Pa-nô cổ động đặt tại trục đường chính các xã trung tâm, nhắc mục tiêu của tỉnh: tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến.',
    body: [{ p: 'Khẩu hiệu: “Lai Châu chung tay vì Chính quyền số – 80% hồ sơ xử lý hoàn toàn trực tuyến”.' }],
    topics: [1, 6],
    audiences: ['citizens', 'officials'],
    owner: 'Sở Khoa học và Công nghệ',
    appliesTo: ['Phường Tân Phong', 'Phường Đoàn Kết', 'Xã Than Uyên', 'Xã Tân Uyên'],
    validFrom: '2025-06-01',
    cover: 'soLieu',
    downloads: [{ label: 'Bản thiết kế pa-nô (PDF)', source: 'printPdf' }],
  },
  {
    title: 'Áp phích: Tổ công nghệ số cộng đồng – Đến từng nhà, hướng dẫn từng người',
    kind: 'poster',
    status: 'published',
    summary:
      'Áp phích giới thiệu Tổ công nghệ số cộng đồng ở thôn, bản và số điện thoại liên hệ, dán tại nhà văn hóa và điểm sinh hoạt cộng đồng.',
    body: [
      {
        p: 'Mỗi thôn, bản có một Tổ công nghệ số cộng đồng gồm trưởng thôn, đoàn viên thanh niên, giáo viên… sẵn sàng hướng dẫn bà con cài VNeID và nộp hồ sơ trực tuyến.',
      },
    ],
    topics: [7, 6],
    audiences: ['citizens', 'ethnic', 'digitalTeams'],
    owner: 'Sở Khoa học và Công nghệ',
    appliesTo: COMMUNES_NORTH,
    validFrom: '2025-09-01',
    cover: 'congDong',
    downloads: [PRINT_A3, SOCIAL],
  },
  {
    title: 'Infographic: Mục tiêu Đề án 1588 đến năm 2025, định hướng năm 2030',
    kind: 'infographic',
    status: 'published',
    summary:
      'Các chỉ tiêu chính của Đề án theo Quyết định số 1588/QĐ-TTg: tỷ lệ hồ sơ trực tuyến, người dân sử dụng, mức độ hài lòng và phổ cập cho học sinh.',
    body: [
      { h2: 'Đến năm 2025' },
      {
        ul: [
          'Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến.',
          '50% người dân trưởng thành sử dụng dịch vụ công trực tuyến.',
          'Tối thiểu 90% người dân hài lòng; lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.',
          '80% học sinh THPT, sinh viên được phổ cập kỹ năng sử dụng.',
        ],
      },
      { h2: 'Đến năm 2030' },
      {
        ul: [
          '70% người dân trưởng thành sử dụng dịch vụ công trực tuyến.',
          '100% học sinh THPT, sinh viên được phổ cập kiến thức và kỹ năng.',
        ],
      },
    ],
    topics: [1],
    audiences: ['officials', 'reporters', 'citizens'],
    owner: 'Sở Khoa học và Công nghệ',
    validFrom: '2025-02-20',
    cover: 'soLieu',
    downloads: [SOCIAL, { label: 'Bản in A4', source: 'printPdf' }],
  },
  {
    title: 'Infographic: Dịch vụ công trực tuyến toàn trình khác gì một phần?',
    kind: 'infographic',
    status: 'published',
    summary:
      'So sánh hai mức dịch vụ công trực tuyến: toàn trình (không phải đến cơ quan) và một phần (nộp hồ sơ trực tuyến, đến nhận kết quả hoặc ký trực tiếp).',
    body: [
      { h3: 'Toàn trình' },
      {
        p: 'Mọi bước từ nộp hồ sơ, nộp phí đến nhận kết quả đều thực hiện trên mạng. Ví dụ: đăng ký khai sinh, cấp Phiếu lý lịch tư pháp.',
      },
      { h3: 'Một phần' },
      {
        p: 'Một số bước vẫn cần có mặt: ký sổ, thu nhận sinh trắc học, nộp bản gốc. Ví dụ: đăng ký kết hôn, cấp đổi thẻ căn cước.',
      },
    ],
    topics: [2],
    audiences: ['citizens', 'students'],
    owner: 'Văn phòng UBND tỉnh',
    procedures: ['1.001193', '2.000505', '1.000894', '2.001145'],
    validFrom: '2025-04-15',
    cover: 'soLieu',
    downloads: [SOCIAL],
  },
  {
    title: 'Infographic: 6 dấu hiệu nhận biết trang web, cuộc gọi giả mạo cơ quan nhà nước',
    kind: 'infographic',
    status: 'published',
    summary:
      'Sáu dấu hiệu giúp người dân nhận ra trang web, tin nhắn, cuộc gọi giả mạo Cổng Dịch vụ công và cơ quan công an để không bị lừa đảo.',
    body: [
      {
        ol: [
          'Địa chỉ trang web không kết thúc bằng “.gov.vn”.',
          'Yêu cầu cài ứng dụng qua đường link gửi trong tin nhắn.',
          'Đòi mã OTP, mật khẩu, số thẻ ngân hàng.',
          'Hối thúc, đe dọa xử phạt nếu không làm ngay.',
          'Gọi bằng số điện thoại cá nhân, xưng là cán bộ.',
          'Yêu cầu chuyển tiền để “xác minh”, “tạm giữ”.',
        ],
      },
      { p: 'Khi nghi ngờ, gác máy và báo ngay Công an xã, phường hoặc gọi 113.' },
    ],
    topics: [3],
    audiences: ['citizens', 'ethnic', 'students'],
    owner: 'Công an tỉnh Lai Châu',
    campaign: 'dcd2025',
    validFrom: '2025-10-01',
    cover: 'antoan',
    downloads: [SOCIAL],
  },
  {
    title: 'Infographic: Kết quả cung cấp dịch vụ công trực tuyến của Lai Châu 9 tháng năm 2025',
    kind: 'infographic',
    status: 'published',
    summary:
      'Số liệu 9 tháng năm 2025: tỷ lệ hồ sơ trực tuyến, hồ sơ đúng hạn, thanh toán trực tuyến và mức độ hài lòng theo Bộ Chỉ số phục vụ người dân, doanh nghiệp.',
    body: [
      {
        p: 'Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lai Châu và Bộ Chỉ số theo Quyết định số 766/QĐ-TTg (số liệu minh họa).',
      },
      {
        ul: [
          'Hồ sơ trực tuyến: 68,4% tổng số hồ sơ.',
          'Hồ sơ giải quyết đúng hạn: 98,2%.',
          'Thanh toán trực tuyến: 52,7% giao dịch có phí.',
          'Mức độ hài lòng: 93,5%.',
        ],
      },
    ],
    topics: [4],
    audiences: ['officials', 'reporters'],
    owner: 'Văn phòng UBND tỉnh',
    validFrom: '2025-10-05',
    cover: 'soLieu',
    downloads: [SOCIAL, { label: 'Bản in A4', source: 'printPdf' }],
  },
  {
    title: 'Infographic: Kinh nghiệm của các tỉnh trong triển khai dịch vụ công trực tuyến',
    kind: 'infographic',
    status: 'published',
    summary:
      'Những cách làm hay của các địa phương: tổ công nghệ số đến từng hộ, điểm hỗ trợ tại bưu điện xã, nhắc hồ sơ qua Zalo OA, giảm lệ phí khi nộp trực tuyến.',
    body: [
      {
        ul: [
          'Tổ công nghệ số cộng đồng “cầm tay chỉ việc” tại nhà văn hóa thôn.',
          'Điểm hỗ trợ nộp hồ sơ tại bưu điện văn hóa xã, có máy tính và máy quét.',
          'Gửi thông báo tiến độ hồ sơ qua Zalo OA chính danh của xã.',
          'Hội đồng nhân dân tỉnh giảm 50% lệ phí khi nộp trực tuyến.',
        ],
      },
      { p: 'Sở Văn hóa, Thể thao và Du lịch tổng hợp để các xã, phường lựa chọn áp dụng phù hợp điều kiện vùng cao.' },
    ],
    topics: [5, 4],
    audiences: ['officials', 'digitalTeams'],
    owner: 'Sở Văn hóa, Thể thao và Du lịch',
    validFrom: '2025-08-20',
    cover: 'soLieu',
    downloads: [SOCIAL],
  },
  {
    title: 'Infographic: Hành trình hồ sơ đất đai trực tuyến – từ lúc nộp đến khi nhận sổ',
    kind: 'infographic',
    status: 'draft',
    review: { state: 'submitted' },
    summary:
      'Dự thảo infographic về các bước đăng ký biến động, cấp đổi giấy chứng nhận quyền sử dụng đất trực tuyến; chờ Sở Nông nghiệp và Môi trường rà soát thời hạn.',
    body: [{ p: 'DỰ THẢO – số ngày giải quyết từng bước đang được Văn phòng Đăng ký đất đai rà soát.' }, ...helpBlocks],
    topics: [2],
    audiences: ['citizens', 'business'],
    owner: 'Sở Nông nghiệp và Môi trường',
    procedures: ['1.004227', '1.004269', '1.001990'],
    validFrom: '2026-01-15',
    cover: 'soLieu',
  },
]
