/**
 * Vietnamese-aware slug: "Đăng ký khai sinh" → "dang-ky-khai-sinh".
 * NFD splits tone and vowel marks off their letters so they can be dropped;
 * đ/Đ are letters of their own that never decompose, so they are mapped by hand.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}
