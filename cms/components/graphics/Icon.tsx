import { librarySvgMark } from './mark'

/** The small mark of the admin's header and menu, in place of Payload's. */
export function Icon() {
  return (
    <span
      className="dvctt-icon"
      role="img"
      aria-label="Thư viện tuyên truyền DVCTT"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG file from the repository
      dangerouslySetInnerHTML={{ __html: librarySvgMark() }}
    />
  )
}
