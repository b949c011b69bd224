/**
 * Folds Vietnamese to plain letters: "Đăng Ký" → "Dang Ky". NFD splits tone and
 * vowel marks off their letters so they can be dropped; đ/Đ are letters of
 * their own that never decompose, so they are mapped by hand (Pagefind folds
 * the marks itself but not đ).
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

/** Vietnamese-aware slug: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}
