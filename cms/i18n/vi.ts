import { vi } from '@payloadcms/translations/languages/vi'

type Keys = (typeof vi)['translations']
type Overrides = { [Group in keyof Keys]?: { [Key in keyof Keys[Group]]?: string } }

/**
 * Payload's Vietnamese leaves English words in the interface ("Chọn một file", "Bật/tắt block",
 * "MIME Type", "Collection", "Field", "token"…). These replace them; the rest of Payload's
 * Vietnamese stays as it is. tests/e2e/admin-vietnamese.test.ts walks every admin screen and
 * fails on any English word left.
 */
export const viOverrides: Overrides = {
  authentication: {
    apiKey: 'Khóa API',
    confirmGeneration: 'Xác nhận, tạo khóa API',
    enableAPIKey: 'Bật khóa API',
    generateNewAPIKey: 'Tạo khóa API mới',
    generatingNewAPIKeyWillInvalidate: 'Tạo khóa API mới sẽ <1>vô hiệu hóa</1> khóa cũ. Bạn có muốn tiếp tục không?',
    newAPIKeyGenerated: 'Đã tạo khóa API mới',
    resetPasswordToken: 'Mã đặt lại mật khẩu',
    tokenRefreshSuccessful: 'Đã gia hạn phiên đăng nhập.',
  },
  dashboard: {
    addWidget: 'Thêm ô tiện ích',
    deleteWidget: 'Xóa ô tiện ích {{id}}',
    noItems: 'Bảng điều khiển chưa có ô tiện ích nào. Bạn có thể thêm từ mục «Bảng điều khiển» ở thanh trên cùng.',
  },
  error: {
    correctInvalidFields: 'Lỗi - Hãy sửa các trường chưa hợp lệ.',
    documentNotFound:
      'Không tìm thấy tài liệu mã {{id}}. Có thể tài liệu đã bị xóa, chưa từng có, hoặc bạn không có quyền xem.',
    followingFieldsInvalid_one: 'Lỗi - Trường sau chưa hợp lệ:',
    followingFieldsInvalid_other: 'Lỗi - Các trường sau chưa hợp lệ:',
    incorrectCollection: 'Lỗi - Nhóm dữ liệu không hợp lệ.',
    loadingDocument: 'Lỗi - Không tải được tài liệu mã {{id}}.',
    missingIDOfDocument: 'Lỗi - Thiếu mã của tài liệu cần cập nhật.',
    missingIDOfVersion: 'Lỗi - Thiếu mã của phiên bản.',
    noFilesUploaded: 'Lỗi - Chưa có tệp nào được tải lên.',
    noMatchedField: 'Lỗi - Không tìm thấy trường khớp với "{{label}}".',
    problemUploadingFile: 'Lỗi - Không tải lên được tệp.',
    tokenInvalidOrExpired: 'Lỗi - Mã xác thực không hợp lệ hoặc đã hết hạn.',
    tokenNotProvided: 'Thiếu mã xác thực.',
    unknown: 'Lỗi - Không xác định.',
    unspecific: 'Đã xảy ra lỗi.',
    verificationTokenInvalid: 'Lỗi - Mã xác thực không hợp lệ.',
  },
  fields: {
    // Payload passes the related collection's label object here too ("Thêm mới: [object Object]").
    addNewLabel: 'Thêm mới',
    block: 'Khối',
    blocks: 'khối',
    blockType: 'Loại khối',
    searchForBlock: 'Tìm khối',
    toggleBlock: 'Mở/đóng khối',
  },
  general: {
    collections: 'Nhóm dữ liệu',
    // Payload passes a label object, not its text, into these two (a card's and a column's
    // label would read "[object Object]"): the visible text next to them names the label.
    createNewLabel: 'Tạo mới',
    sortByLabelDirection: 'Sắp xếp {{direction}}',
    globals: 'Cấu hình chung',
    menu: 'Trình đơn',
    thisLanguage: 'Tiếng Việt',
  },
  upload: {
    dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
    fileName: 'Tên tệp',
    fileSize: 'Dung lượng tệp',
    selectCollectionToBrowse: 'Chọn một nhóm dữ liệu để duyệt',
    selectFile: 'Chọn tệp',
  },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có các lựa chọn không hợp lệ sau:',
    notValidDate: '"{{value}}" không phải là ngày hợp lệ.',
    validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
  },
  version: {
    versionID: 'Mã phiên bản',
  },
}

/** Payload's Vietnamese, named "Tiếng Việt" in the account page's language picker (not "Vietnamese"). */
export const viLanguage: typeof vi = {
  ...vi,
  translations: { ...vi.translations, general: { ...vi.translations.general, thisLanguage: 'Tiếng Việt' } },
}
