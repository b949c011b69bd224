import { Fragment } from 'react'

import { bestTranscriptLine, clock, excerptText, highlight, type TranscriptHit } from '../../lib/searchText'
import { readUnsearchable } from '../../lib/unsearchable'
import type { PagefindResultData } from '../pagefindApi'
import { type Answer, number, type Status } from './model'

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  )
}

/** `/tai-lieu/x/` + 83 → `/tai-lieu/x/?t=83`: the material page starts its player there. */
const atSecond = (url: string, seconds: number): string => `${url}${url.includes('?') ? '&' : '?'}t=${seconds}`

function Result({ data, terms, thumbnail }: { data: PagefindResultData; terms: string[]; thumbnail: boolean }) {
  const { meta } = data
  const line: TranscriptHit | null = bestTranscriptLine(data.anchors, terms)
  const [unit, date, duration, file] = [meta.donvi, meta.ngay, meta.thoiluong, meta.tep].map(readUnsearchable)
  const details = [unit, date && `Cập nhật ${date}`, duration && `Thời lượng ${duration}`, file].filter(Boolean)
  return (
    <li className="result">
      {readUnsearchable(meta.anh) &&
        (thumbnail ? (
          <img
            className="result__thumb"
            src={`${data.url}anh-nho.webp`}
            alt=""
            width={96}
            height={64}
            loading="lazy"
            decoding="async"
          />
        ) : (
          // Same box, so nothing moves when the picture comes.
          <span className="result__thumb" aria-hidden="true" />
        ))}
      <div className="result__body">
        <p className="result__kind">{meta.kind}</p>
        <h2 className="result__title">
          <a href={data.url}>
            <Marked text={meta.title ?? data.url} terms={terms} />
          </a>
        </h2>
        {details.length > 0 && <p className="result__meta">{details.join(' · ')}</p>}
        {line ? (
          <p className="result__line">
            <a href={atSecond(data.url, line.seconds)}>
              <span className="result__time">▶ {clock(line.seconds)}</span>
              <span className="visually-hidden"> Mở video tại giây này: </span>{' '}
              <Marked text={line.text} terms={terms} />
            </a>
          </p>
        ) : (
          <p className="result__excerpt">
            <Marked text={excerptText(data.excerpt)} terms={terms} />
          </p>
        )}
      </div>
    </li>
  )
}

export interface SearchResultsProps {
  status: Status
  answer: Answer | null
  shown: (PagefindResultData | null)[]
  thumbnails: boolean
  showMore(): void
}

/** The results in rank order, each shown once every result above it has arrived, then "Xem thêm kết quả". */
export function SearchResults({ status, answer, shown, thumbnails, showMore }: SearchResultsProps) {
  const firstGap = shown.indexOf(null)
  const ready = (firstGap === -1 ? shown : shown.slice(0, firstGap)).filter(
    (item): item is PagefindResultData => item !== null,
  )
  return (
    <div className="search__main">
      {ready.length > 0 && (
        <ol className="search__results" aria-label="Kết quả tìm kiếm">
          {ready.map((data) => (
            <Result key={data.url} data={data} terms={answer?.terms ?? []} thumbnail={thumbnails} />
          ))}
        </ol>
      )}
      {answer && status === 'ready' && shown.length < answer.results.length && firstGap === -1 && (
        <button type="button" className="button button--secondary" onClick={showMore}>
          Xem thêm kết quả ({number.format(answer.results.length - shown.length)} còn lại)
        </button>
      )}
    </div>
  )
}
