/**
 * The social-media renditions of a material's cover (issue 20 §4), made at upload (cms/uploads/socialRenditions.ts)
 * and packed on the site as the «Bộ ảnh mạng xã hội» ZIP. Sizes, as the platforms' guides gave them in 2026:
 * - Zalo OA: an article's cover («ảnh đại diện» of a broadcast) is shown at 500 × 320 px (JPEG/PNG under 1 MB);
 *   made at twice that (1000 × 640, the same 25:16) so it stays sharp on a phone.
 * - Facebook: a photo post takes the most feed height at 4:5 portrait, 1080 × 1350 px (taller is cropped to 4:5).
 * - TikTok, Facebook/Instagram Reels and stories: full screen 9:16, 1080 × 1920 px.
 * The cover is fitted whole (a poster keeps its text) on a blurred, darkened copy of itself filling the frame.
 */
export const SOCIAL_IMAGES = [
  { key: 'zalo', label: 'Zalo OA (bài viết)', width: 1000, height: 640, file: 'zalo-oa-1000x640.jpg' },
  { key: 'facebook', label: 'Facebook (bài đăng ảnh 4:5)', width: 1080, height: 1350, file: 'facebook-1080x1350.jpg' },
  {
    key: 'story',
    label: 'TikTok, Reels, tin (dọc 9:16)',
    width: 1080,
    height: 1920,
    file: 'tiktok-reels-tin-1080x1920.jpg',
  },
] as const

export type SocialImageKey = (typeof SOCIAL_IMAGES)[number]['key']
