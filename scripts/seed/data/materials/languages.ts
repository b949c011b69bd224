import { RADIO_SPOT_TITLE } from './broadcast'
import type { MaterialSeed } from './types'
import { OTP_POSTER_TITLE } from './visuals'

export { OTP_POSTER_TITLE }

/** Hmong (RPA) version of the OTP poster: a print template, so the site makes its A4/A3 kit. */
export const HMONG_POSTER_TITLE = 'Tsis txhob qhia tus lej OTP rau leej twg – Tiv thaiv koj tus account VNeID'
export const HMONG_POSTER_SUMMARY =
  'Tub sab hu xov tooj thov tus lej OTP kom nyiag tau koj tus account VNeID. Tub ceev xwm yeej tsis hu kom koj nruab app txawv lossis xa nyiaj. Yog muaj neeg thov, qhia rau tub ceev xwm hauv zos tam sim ntawd.'

/** Thái (Vietnamese-based Latin script) and Dao versions of the birth-registration radio spot. */
export const TAI_SPOT_TITLE = 'Phát thanh tiếng Thái: Hết chỉa khai sinh hử lục, bó tọng pay quai'
export const DAO_SPOT_TITLE = 'Phát thanh tiếng Dao: Chậu giấy khai sinh pùn tón, mạ lo pua tào'

const HIGHLAND = ['Xã Sìn Hồ', 'Xã Nậm Tăm', 'Xã Mường Tè', 'Xã Bum Nưa', 'Xã Bum Tở', 'Xã Pa Tần', 'Xã Thu Lũm']

/**
 * Minority-language versions (issue 20): a Hmong print kit, and Thái and Dao versions of the radio spot
 * that already has a Hmong one, so one Vietnamese material has three versions and another has one.
 * These texts were written without a native speaker: the seed marks every non-Vietnamese material
 * «Cần người bản ngữ duyệt» (needsNativeReview), and the province's reviewers clear the mark.
 */
export const LANGUAGE_MATERIALS: readonly MaterialSeed[] = [
  {
    title: HMONG_POSTER_TITLE,
    kind: 'poster',
    language: 'hmn',
    translationOf: OTP_POSTER_TITLE,
    status: 'published',
    summary: HMONG_POSTER_SUMMARY,
    body: [
      {
        p: 'Kev pab cuam hauv online: tsis txhob qhia tus lej OTP, tus password rau leej twg, txawm yog hais tias yog tub ceev xwm.',
      },
      { h2: 'Yuav ua li cas' },
      {
        ul: [
          'Tsis txhob nruab app uas lwm tus xa tuaj ntawm xov tooj.',
          'Tsis txhob xa nyiaj rau tus neeg koj tsis paub.',
          'Yog tsis ntseeg, mus nug tub ceev xwm lossis pab pawg thev naus laus zis hauv zos.',
        ],
      },
    ],
    topics: [3],
    audiences: ['ethnic', 'citizens'],
    owner: 'Công an tỉnh Lai Châu',
    appliesTo: HIGHLAND,
    validFrom: '2025-04-01',
    cover: 'antoan',
    printTemplate: true,
  },
  {
    title: TAI_SPOT_TITLE,
    kind: 'audio',
    language: 'tai',
    translationOf: RADIO_SPOT_TITLE,
    status: 'published',
    summary:
      'Bản tiếng Thái (chữ Thái La-tinh theo chữ Quốc ngữ) của tiểu phẩm phát thanh về đăng ký khai sinh trực tuyến. Pí noọng bản mường: lục ọn cơt mā, hết chỉa khai sinh tỉ VNeID.',
    body: [
      {
        p: 'Bản dịch tiếng Thái Đen do Đài Phát thanh và Truyền hình tỉnh chuẩn bị; cần người thông thạo tiếng Thái đọc lại trước khi phát.',
      },
      { h2: 'Lời phát thanh' },
      {
        ol: [
          'Pí noọng bản mường thân mến! Lục ọn cơt mā, tỉ pặt hết chỉa khai sinh hử lục.',
          'Bâu tọng pay quai: pò mẹ pơt VNeID nẳng điện thoại.',
          'Bó hụ hết, khảu hỏ Tổ công nghệ số cộng đồng nẳng bản xuôi. Bó xỉa ngơn.',
        ],
      },
    ],
    topics: [2],
    audiences: ['ethnic', 'citizens'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    appliesTo: ['Xã Than Uyên', 'Xã Mường Than', 'Xã Mường Kim', 'Xã Tân Uyên'],
    campaign: 'dcd2025',
    procedures: ['1.001193'],
    validFrom: '2025-10-01',
    cover: 'khaiSinh',
    downloads: [{ label: 'Kịch bản phát thanh (tiếng Thái)', source: 'scriptPdf' }],
  },
  {
    title: DAO_SPOT_TITLE,
    kind: 'audio',
    language: 'dao',
    translationOf: RADIO_SPOT_TITLE,
    status: 'published',
    summary:
      'Bản tiếng Dao (chữ Dao La-tinh) của tiểu phẩm phát thanh về đăng ký khai sinh trực tuyến, phát ở các bản người Dao. Pùn tón đuồi, chậu giấy khai sinh pua VNeID.',
    body: [
      {
        p: 'Bản dịch tiếng Dao do Đài Phát thanh và Truyền hình tỉnh chuẩn bị; cần người thông thạo tiếng Dao đọc lại trước khi phát.',
      },
      { h2: 'Lời phát thanh' },
      {
        ol: [
          'Mạ chần tỉnh! Pùn tón đuồi, chậu giấy khai sinh pua tón.',
          'Mạ lo pua tào: điá mả pua VNeID hu điện thoại.',
          'Mạ pỉu chậu, nhạ Tổ công nghệ số cộng đồng ỏ lạng. Mạ tsuổ nhàn.',
        ],
      },
    ],
    topics: [2],
    audiences: ['ethnic', 'citizens'],
    owner: 'Đài Phát thanh và Truyền hình tỉnh Lai Châu',
    appliesTo: ['Xã Khổng Lào', 'Xã Bản Bo', 'Xã Sìn Hồ'],
    campaign: 'dcd2025',
    procedures: ['1.001193'],
    validFrom: '2025-10-01',
    cover: 'khaiSinh',
    downloads: [{ label: 'Kịch bản phát thanh (tiếng Dao)', source: 'scriptPdf' }],
  },
]
