import type { Payload } from 'payload'

import { USAGE_COUNTS } from '../../collections/UsageCounts'
import { mongoCounterStore } from './mongoStore'
import { sqlCounterStore } from './sqlStore'
import type { CounterStore } from './types'

export type { CounterIncrement, CounterKey, CounterStore, SumQuery, SumRow } from './types'
export { counterKey } from './types'

const stores = new WeakMap<Payload, CounterStore>()

/** The usage counters on whatever database Payload runs on (one store per Payload instance). */
export function counterStore(payload: Payload): CounterStore {
  let store = stores.get(payload)
  if (!store) {
    const name = payload.db.name
    store =
      name === 'mongoose'
        ? mongoCounterStore(payload, USAGE_COUNTS)
        : sqlCounterStore(payload, name === 'postgres' ? 'postgres' : 'sqlite')
    stores.set(payload, store)
  }
  return store
}
