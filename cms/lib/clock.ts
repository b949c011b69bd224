/**
 * The CMS's one source of "now" for anything scheduled (valid-from / valid-until,
 * preview-link expiry). Tests move it with `setClock`; production never does.
 */
let current: () => Date = () => new Date()

export function now(): Date {
  return current()
}

/** Tests only: make `now()` return what `clock` says. `resetClock()` undoes it. */
export function setClock(clock: () => Date): void {
  current = clock
}

export function resetClock(): void {
  current = () => new Date()
}
