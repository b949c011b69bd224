import { librarySvgMark } from './mark'

/** The login page's logo: the library's mark and name, in place of Payload's. */
export function Logo() {
  return (
    <div className="dvctt-logo">
      <span
        className="dvctt-logo__mark"
        aria-hidden="true"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG file from the repository
        dangerouslySetInnerHTML={{ __html: librarySvgMark() }}
      />
      <span className="dvctt-logo__name">Thư viện tuyên truyền DVCTT</span>
    </div>
  )
}
