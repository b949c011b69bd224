import { it } from 'vitest'

/**
 * A behaviour the CMS gets wrong today, written as the test it should pass.
 * `it.fails` keeps the suite green while the bug stands and turns red the day
 * it is fixed: then replace `knownBug(...)` with `it(...)`.
 * Each one is described in tests/README.md under "Known CMS bugs".
 */
export const knownBug = (name: string, test: () => Promise<void>, timeout?: number): void => {
  it.fails(`[known CMS bug] ${name}`, test, timeout)
}
