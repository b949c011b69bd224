import type { CoverDesign } from '../generate/coverImage'

/**
 * Themed covers shared by several materials. Each upload makes eight renditions
 * (three of them AVIF, ≈1 s per image), so a handful of themes keeps the seed fast.
 */
export type CoverKey =
  | 'khaiSinh'
  | 'khaiSinhHmn'
  | 'vneid'
  | 'dcd'
  | 'nopHoSo'
  | 'antoan'
  | 'soLieu'
  | 'danhMuc'
  | 'vanBan'
  | 'hocSinh'
  | 'congDong'
  | 'doanhNghiep'
  | 'phatThanh'
  | 'video'

export interface CoverSeed extends CoverDesign {
  filename: string
  alt: string
}

const BLUE = ['#0f5fa8', '#12a3a0', '#ffd54a'] as const
const RED = ['#b3122e', '#f26b1d', '#ffe082'] as const
const GREEN = ['#1b7a3d', '#6cbf3c', '#fff3b0'] as const
const PURPLE = ['#4527a0', '#8e44ad', '#ffd180'] as const
const TEAL = ['#00695c', '#26a69a', '#ffe57f'] as const
const NAVY = ['#12355b', '#2f6690', '#f4d35e'] as const
const ORANGE = ['#d35400', '#f39c12', '#fff8e1'] as const

export const COVER_SEEDS: Record<CoverKey, CoverSeed> = {
  khaiSinh: {
    filename: 'anh-bia-dang-ky-khai-sinh-truc-tuyen.jpg',
    alt: 'Ảnh bìa: Hướng dẫn đăng ký khai sinh trực tuyến, hình điện thoại có dấu tích xanh trên nền xanh dương',
    eyebrow: 'Hộ tịch',
    title: 'Đăng ký khai sinh trực tuyến',
    tagline: 'Làm giấy khai sinh cho con ngay tại nhà, nhận kết quả qua bưu điện hoặc ứng dụng VNeID.',
    palette: BLUE,
    motif: 'phone',
    format: 'landscape',
  },
  khaiSinhHmn: {
    filename: 'anh-bia-khai-sinh-tieng-mong.jpg',
    alt: 'Ảnh bìa bản tiếng Mông: Sau npe yug me nyuam hauv online, hình loa phát thanh',
    eyebrow: 'Lus Hmoob · Tiếng Mông',
    title: 'Sau npe yug me nyuam hauv online',
    tagline: 'Tsis tas mus deb: sau npe yug rau koj tus me nyuam ntawm koj lub xov tooj.',
    palette: PURPLE,
    motif: 'sound',
    format: 'landscape',
  },
  vneid: {
    filename: 'anh-bia-tai-khoan-vneid.jpg',
    alt: 'Ảnh bìa: Tài khoản định danh điện tử VNeID, hình chiếc khiên và ổ khóa',
    eyebrow: 'Định danh điện tử',
    title: 'Một tài khoản VNeID cho mọi thủ tục',
    tagline: 'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử mức 2.',
    palette: NAVY,
    motif: 'shield',
    format: 'landscape',
  },
  dcd: {
    filename: 'ap-phich-ngay-chuyen-doi-so-quoc-gia-10-10.jpg',
    alt: 'Áp phích Ngày Chuyển đổi số quốc gia 10/10 trên nền đỏ cam, hình tờ lịch ghi 10/10',
    eyebrow: 'Ngày Chuyển đổi số quốc gia',
    title: 'Dịch vụ công trực tuyến – Ở đâu cũng làm được',
    tagline: 'Lai Châu hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025.',
    palette: RED,
    motif: 'calendar',
    format: 'portrait',
  },
  nopHoSo: {
    filename: 'anh-bia-nop-ho-so-truc-tuyen.jpg',
    alt: 'Ảnh bìa: Nộp hồ sơ trực tuyến, hình điện thoại có dấu tích trên nền xanh lá',
    eyebrow: 'Hướng dẫn',
    title: 'Nộp hồ sơ trực tuyến trong 5 bước',
    tagline: 'Đăng nhập, chọn thủ tục, khai thông tin, nộp phí, nhận kết quả.',
    palette: GREEN,
    motif: 'phone',
    format: 'landscape',
  },
  antoan: {
    filename: 'anh-bia-an-toan-thong-tin.jpg',
    alt: 'Ảnh bìa: An toàn thông tin khi dùng dịch vụ công trực tuyến, hình khiên bảo vệ',
    eyebrow: 'An toàn thông tin',
    title: 'Không chia sẻ mã OTP, mật khẩu cho bất kỳ ai',
    tagline: 'Cơ quan nhà nước không gọi điện yêu cầu cài ứng dụng hay chuyển tiền.',
    palette: TEAL,
    motif: 'shield',
    format: 'landscape',
  },
  soLieu: {
    filename: 'infographic-so-lieu-dich-vu-cong.jpg',
    alt: 'Infographic: biểu đồ cột về dịch vụ công trực tuyến của tỉnh Lai Châu',
    eyebrow: 'Infographic',
    title: 'Dịch vụ công trực tuyến qua những con số',
    tagline: 'Mục tiêu đến năm 2025: tối thiểu 80% hồ sơ xử lý hoàn toàn trực tuyến.',
    palette: ORANGE,
    motif: 'chart',
    format: 'portrait',
  },
  danhMuc: {
    filename: 'anh-bia-danh-muc-thu-tuc.jpg',
    alt: 'Ảnh bìa: Danh mục thủ tục hành chính, hình danh sách có dấu đầu dòng',
    eyebrow: 'Danh mục thủ tục',
    title: 'Danh mục dịch vụ công trực tuyến',
    tagline: 'Tra cứu mã thủ tục, mức độ trực tuyến và nơi giải quyết.',
    palette: NAVY,
    motif: 'list',
    format: 'landscape',
  },
  vanBan: {
    filename: 'anh-bia-van-ban-chi-dao.jpg',
    alt: 'Ảnh bìa: Văn bản chỉ đạo, hình trang văn bản',
    eyebrow: 'Văn bản',
    title: 'Văn bản chỉ đạo, hướng dẫn',
    tagline: 'Kế hoạch, quyết định và hướng dẫn triển khai dịch vụ công trực tuyến.',
    palette: BLUE,
    motif: 'document',
    format: 'landscape',
  },
  hocSinh: {
    filename: 'ap-phich-hoc-sinh-voi-dich-vu-cong.jpg',
    alt: 'Áp phích: Học sinh Lai Châu với dịch vụ công trực tuyến, nền tím',
    eyebrow: 'Học sinh, sinh viên',
    title: 'Học sinh Lai Châu với dịch vụ công trực tuyến',
    tagline: 'Biết dùng – hướng dẫn người thân cùng dùng.',
    palette: PURPLE,
    motif: 'phone',
    format: 'portrait',
  },
  congDong: {
    filename: 'anh-bia-to-cong-nghe-so-cong-dong.jpg',
    alt: 'Ảnh bìa: Tổ công nghệ số cộng đồng hướng dẫn người dân, nền xanh lá',
    eyebrow: 'Tổ công nghệ số cộng đồng',
    title: 'Đến từng nhà, hướng dẫn từng người',
    tagline: 'Tổ công nghệ số cộng đồng ở thôn, bản sẵn sàng hỗ trợ miễn phí.',
    palette: GREEN,
    motif: 'phone',
    format: 'landscape',
  },
  doanhNghiep: {
    filename: 'anh-bia-doanh-nghiep-ho-kinh-doanh.jpg',
    alt: 'Ảnh bìa: Doanh nghiệp, hộ kinh doanh làm thủ tục trực tuyến, nền cam',
    eyebrow: 'Doanh nghiệp',
    title: 'Đăng ký kinh doanh không cần đến cơ quan',
    tagline: 'Hộ kinh doanh, hợp tác xã, doanh nghiệp nộp hồ sơ 24/7.',
    palette: ORANGE,
    motif: 'document',
    format: 'landscape',
  },
  phatThanh: {
    filename: 'anh-bia-chuyen-muc-phat-thanh.jpg',
    alt: 'Ảnh bìa: Chuyên mục phát thanh về dịch vụ công trực tuyến, hình loa',
    eyebrow: 'Phát thanh',
    title: 'Nghe để biết, biết để làm',
    tagline: 'Chuyên mục dịch vụ công trực tuyến trên Đài truyền thanh xã, phường.',
    palette: TEAL,
    motif: 'sound',
    format: 'landscape',
  },
  video: {
    filename: 'anh-bia-video-huong-dan.jpg',
    alt: 'Ảnh bìa video hướng dẫn: nút phát trên nền xanh đậm',
    eyebrow: 'Video hướng dẫn',
    title: 'Xem và làm theo từng bước',
    tagline: 'Video ngắn, có phụ đề tiếng Việt, hướng dẫn dùng dịch vụ công trực tuyến.',
    palette: NAVY,
    motif: 'play',
    format: 'landscape',
  },
}
