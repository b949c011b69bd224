import { useId } from 'react'

import { Filters } from './search/Filters'
import { QueryForm } from './search/QueryForm'
import { SearchResults } from './search/SearchResults'
import { SearchStatus } from './search/SearchStatus'
import { useSearch } from './search/useSearch'
import type { FacetOptions, Option } from './searchQuery'

export type { FacetOptions, Option }

export interface SearchProps {
  pagefindUrl: string
  baseUrl: string
  options: FacetOptions
}

/**
 * Search over the Pagefind index, Vietnamese-aware: queries with or without
 * diacritics (and đ typed as d) find the same materials, matched words are
 * highlighted in the original text, facets combine, and the address holds the
 * whole search. Renders a plain GET form on the server, so the page works as a
 * form before hydration; without JavaScript the page offers browse links.
 * State lives in search/useSearch.ts; the parts it renders in search/.
 */
export default function Search({ pagefindUrl, baseUrl, options }: SearchProps) {
  const search = useSearch(pagefindUrl, baseUrl, options)
  const ids = { q: useId(), status: useId(), sort: useId(), facets: useId() }
  const { settledFor } = search

  return (
    <div className="search" data-state={settledFor === null ? 'busy' : 'done'} data-answered={settledFor ?? undefined}>
      <QueryForm
        ids={ids}
        query={search.query}
        onSubmit={search.onSubmit}
        onType={search.onType}
        warmUp={search.warmUp}
        setSort={search.setSort}
        clearFilters={search.clearFilters}
      />
      <SearchStatus
        id={ids.status}
        status={search.status}
        answer={search.answer}
        ignored={search.ignored}
        options={options}
      />
      <div className="search__layout">
        <Filters id={ids.facets} query={search.query} options={options} counts={search.counts} toggle={search.toggle} />
        <SearchResults
          status={search.status}
          answer={search.answer}
          shown={search.shown}
          thumbnails={search.thumbnails}
          showMore={search.showMore}
        />
      </div>
    </div>
  )
}
