import type { Block } from '../../richText'

/** Passages that many guides share, worded once. */

export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn'

export const prepareVneid: Block[] = [
  { h2: 'Cần chuẩn bị' },
  {
    ul: [
      'Tài khoản định danh điện tử mức 2 trên ứng dụng VNeID (đăng ký tại Công an xã, phường nơi cư trú).',
      'Điện thoại thông minh hoặc máy tính có kết nối Internet.',
      'Ảnh chụp hoặc bản điện tử các giấy tờ cần nộp, rõ nét, đủ bốn góc.',
    ],
  },
]

export function onlineSteps(procedure: string): Block[] {
  return [
    { h2: 'Các bước thực hiện' },
    {
      ol: [
        `Truy cập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử.`,
        `Tìm và chọn thủ tục “${procedure}”, chọn nơi giải quyết là xã, phường hoặc cơ quan cấp tỉnh có thẩm quyền.`,
        'Điền tờ khai điện tử; thông tin cá nhân được lấy sẵn từ Cơ sở dữ liệu quốc gia về dân cư, chỉ cần kiểm tra lại.',
        'Đính kèm giấy tờ, nộp phí, lệ phí trực tuyến (nếu có) rồi bấm “Nộp hồ sơ”.',
        'Theo dõi tin nhắn, thư điện tử; nhận kết quả bản điện tử trong kho dữ liệu cá nhân hoặc bản giấy qua bưu điện.',
      ],
    },
  ]
}

export const helpBlocks: Block[] = [
  { h2: 'Cần hỗ trợ?' },
  {
    ul: [
      'Gọi tổng đài Cổng Dịch vụ công quốc gia 18001096 (miễn phí).',
      'Liên hệ Bộ phận Một cửa xã, phường hoặc Trung tâm Phục vụ hành chính công tỉnh: 0213 3876 555.',
      'Nhờ thành viên Tổ công nghệ số cộng đồng ở thôn, bản hướng dẫn tận nhà.',
    ],
  },
  { link: 'Cổng Dịch vụ công quốc gia', url: NATIONAL_PORTAL, before: 'Truy cập' },
]

export const benefits: Block = {
  ul: [
    'Nộp hồ sơ mọi lúc, mọi nơi, kể cả ngày nghỉ; không phải đi lại nhiều lần.',
    'Nhiều thủ tục được giảm phí, lệ phí khi nộp trực tuyến.',
    'Theo dõi tiến độ giải quyết, nhận thông báo qua tin nhắn và thư điện tử.',
    'Kết quả bản điện tử có giá trị pháp lý như bản giấy.',
  ],
}
