import { MATERIAL_KINDS, slugify } from '@dvctt/cms/vocabulary'

import { need } from './context'
import { COVER_SEEDS, type CoverKey } from './data/covers'
import type { MaterialSeed } from './data/materials'
import { PROVINCE } from './data/units'
import { renderVtt } from './generate/captionsVtt'
import { renderCover } from './generate/coverImage'
import { renderJingleWav } from './generate/jingleWav'
import { renderLeafletPdf, type PdfContact } from './generate/leafletPdf'
import { renderSlideshowMp4 } from './generate/slideshowMp4'
import type { MediaAsset } from './media'
import type { Taxonomy } from './taxonomy'

/** Every generated file the seed can upload, described so that it is only rendered when missing. */

export function coverAsset(key: CoverKey): MediaAsset {
  const { filename, alt, ...design } = COVER_SEEDS[key]
  return { filename, alt, mimetype: 'image/jpeg', render: () => renderCover(design) }
}

export type JingleKey = 'audioVi' | 'audioHmn' | 'audioNews'

const JINGLES: Record<JingleKey, { filename: string; alt: string; melody: number[]; drone: number }> = {
  audioVi: {
    filename: 'phat-thanh-khai-sinh-truc-tuyen.wav',
    alt: 'Âm thanh: tiểu phẩm phát thanh “Làm giấy khai sinh cho con, không cần đi xa” (bản mẫu)',
    melody: [62, 64, 67, 69, 67, 64, 62, 0, 69, 72, 69, 67, 64, 67, 62],
    drone: 50,
  },
  audioHmn: {
    filename: 'phat-thanh-khai-sinh-tieng-mong.wav',
    alt: 'Âm thanh: bản tiếng Mông của tiểu phẩm phát thanh về đăng ký khai sinh (bản mẫu)',
    melody: [57, 60, 62, 64, 62, 60, 57, 0, 64, 67, 64, 62, 60, 62, 57],
    drone: 45,
  },
  audioNews: {
    filename: 'nhac-hieu-ban-tin-truyen-thanh.wav',
    alt: 'Âm thanh: nhạc hiệu bản tin truyền thanh cơ sở về dịch vụ công trực tuyến (bản mẫu)',
    melody: [67, 72, 76, 79, 76, 72, 74, 79],
    drone: 55,
  },
}

const jingleCache = new Map<JingleKey, MediaAsset>()

export function jingleAsset(key: JingleKey): MediaAsset {
  const cached = jingleCache.get(key)
  if (cached) return cached
  const jingle = JINGLES[key]
  // Rendering takes milliseconds; doing it up front gives the duration for the media document.
  const wav = renderJingleWav({ melody: jingle.melody, droneNote: jingle.drone })
  const asset: MediaAsset = {
    filename: jingle.filename,
    alt: jingle.alt,
    mimetype: 'audio/wav',
    render: () => wav.data,
    durationSeconds: wav.durationSeconds,
  }
  jingleCache.set(key, asset)
  return asset
}

const kindLabel = (seed: MaterialSeed): string =>
  MATERIAL_KINDS.find((k) => k.value === seed.kind)?.label.vi ?? 'Tài liệu'

/** Where a reader of the printed leaflet gets help: the one commune it targets, else the owner, else the province. */
function contactFor(seed: MaterialSeed, taxonomy: Taxonomy): PdfContact {
  const local = seed.appliesTo?.length === 1 ? taxonomy.units.get(seed.appliesTo[0] ?? '') : undefined
  const owner = taxonomy.units.get(seed.owner)
  const unit = [local, owner, taxonomy.units.get(PROVINCE)].find((u) => u?.seed.contact?.hotline)
  const contact = unit?.seed.contact
  return {
    unitName: unit?.seed.name ?? PROVINCE,
    hotline: contact?.hotline,
    address: contact?.oneStopAddress,
    hours: contact?.oneStopHours,
    portalUrl: unit?.seed.portalUrl,
  }
}

export function pdfAsset(seed: MaterialSeed, taxonomy: Taxonomy, asScript: boolean): MediaAsset {
  const slug = slugify(seed.title)
  const label = asScript ? (seed.kind === 'video' ? 'Kịch bản video' : 'Kịch bản phát thanh') : kindLabel(seed)
  return {
    filename: asScript ? `${slug}-kich-ban.pdf` : `${slug}.pdf`,
    alt: `${asScript ? 'Kịch bản' : 'Bản in'} PDF: ${seed.title}`,
    mimetype: 'application/pdf',
    render: () =>
      renderLeafletPdf({
        title: seed.title,
        kindLabel: label,
        summary: seed.summary,
        blocks: asScript && seed.script ? [{ h2: 'Lời đọc' }, { ol: seed.script }] : seed.body,
        procedures: (seed.procedures ?? []).map((code) => {
          const p = need(taxonomy.procedures, code, 'thủ tục', `Tài liệu "${seed.title}"`)
          return { code, name: p.name, url: p.url }
        }),
        contact: contactFor(seed, taxonomy),
        ownerName: seed.owner,
        validFrom: `${seed.validFrom}T00:00:00.000Z`,
      }),
  }
}

/** Seconds each caption or slide stays on screen. */
const CUE_SECONDS = 4

export function captionsAsset(seed: MaterialSeed): MediaAsset {
  const lines = seed.script ?? [seed.summary]
  return {
    filename: `${slugify(seed.title)}.vtt`,
    alt: `Phụ đề WebVTT: ${seed.title}`,
    mimetype: 'text/vtt',
    render: () => renderVtt(lines.map((text) => ({ text, seconds: CUE_SECONDS }))),
    durationSeconds: lines.length * CUE_SECONDS,
  }
}

export function videoAsset(seed: MaterialSeed): MediaAsset {
  const cover = COVER_SEEDS[seed.cover]
  const slides = seed.script ?? [seed.summary]
  return {
    filename: `${slugify(seed.title)}.mp4`,
    alt: `Video: ${seed.title}`,
    mimetype: 'video/mp4',
    render: () => renderSlideshowMp4({ title: seed.title, cover, slides, secondsPerSlide: CUE_SECONDS }),
    durationSeconds: slides.length * CUE_SECONDS,
  }
}
