import { useId } from 'react'

import { type CatalogueOptions, toCatalogueSearch } from '../lib/procedureCatalogue'
import { CatalogueForm } from './catalogue/CatalogueForm'
import { CatalogueStatus } from './catalogue/CatalogueStatus'
import { useCatalogue } from './catalogue/useCatalogue'

export interface ProcedureCatalogueProps {
  pagefindUrl: string
  baseUrl: string
  options: CatalogueOptions
}

/**
 * Filters the server-rendered procedure list (which works without JavaScript)
 * by field, online level and implementing level, and searches it by name or
 * code through the site's Pagefind index, Vietnamese-aware (with or without
 * diacritics, đ typed as d, codes with or without their dot). Pagefind loads
 * only once something is typed. The address holds the state (catalogue/useCatalogue.ts).
 */
export default function ProcedureCatalogue({ pagefindUrl, baseUrl, options }: ProcedureCatalogueProps) {
  const id = useId()
  const catalogue = useCatalogue(pagefindUrl, baseUrl, options)
  if (!catalogue.mounted) return <div className="catalogue" data-state="idle" />

  const { state, searching } = catalogue
  return (
    <div
      className="catalogue"
      data-state={searching ? 'searching' : 'done'}
      data-answered={searching ? undefined : toCatalogueSearch(state)}
    >
      <CatalogueForm
        id={id}
        options={options}
        state={state}
        typed={catalogue.typed}
        counts={catalogue.counts}
        onInput={catalogue.onInput}
        onSubmit={catalogue.onSubmit}
        onFacet={catalogue.onFacet}
        reset={catalogue.reset}
      />
      <CatalogueStatus
        state={state}
        ignored={catalogue.ignored}
        answer={catalogue.answer}
        searching={searching}
        shown={catalogue.visible.length}
        total={catalogue.total}
        reset={catalogue.reset}
      />
    </div>
  )
}
