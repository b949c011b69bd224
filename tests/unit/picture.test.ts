import { expect, it } from 'vitest'

import { pictureHtml } from '../../site/src/lib/picture'

it('a small image whose renditions all came out at one width is offered once per width (valid srcset)', () => {
  const small = { src: '/tep/logo-240x120.avif', width: 240 }
  const html = pictureHtml(
    {
      alt: 'Logo',
      width: 240,
      height: 120,
      avif: [small, small, small],
      webp: [
        { src: '/tep/logo-240x120.webp', width: 240 },
        { src: '/tep/logo-240x120.webp', width: 240 },
      ],
      fallback: { src: '/tep/logo.png', width: 240 },
    },
    { sizes: '100vw' },
  )
  expect(html).toContain('srcset="/tep/logo-240x120.avif 240w"')
  expect(html).toContain('srcset="/tep/logo-240x120.webp 240w"')
})
