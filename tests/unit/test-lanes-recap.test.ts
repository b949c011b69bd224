import { describe, expect, it } from 'vitest'

import { failureRecap } from '../../scripts/lib/testLanes'

const ESC = String.fromCharCode(27)

// The shape of Vitest's default report after a run with one failed test (colours included).
const report = [
  ` ${ESC}[32m✓${ESC}[39m unit tests/unit/a.test.ts (3 tests) 12ms`,
  ...Array.from({ length: 500 }, (_, i) => ` ✓ int-sqlite tests/int/f${i}.test.ts (1 test) 5ms`),
  '',
  `${ESC}[31m⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯${ESC}[39m`,
  '',
  ' FAIL  e2e tests/e2e/search.test.ts > search > finds the guide',
  'AssertionError: expected 0 to be greater than 0',
  ' ❯ tests/e2e/search.test.ts:42:17',
  '',
  ` Test Files  ${ESC}[1m${ESC}[31m1 failed${ESC}[39m | 98 passed (99)`,
  '      Tests  1 failed | 1236 passed (1237)',
  '   Start at  02:47:17',
  '   Duration  1740.2s',
].join('\n')

describe('the failure recap printed at the end of a CI run', () => {
  it('keeps the failed test, its error and the summary, without the passing files or colour codes', () => {
    const recap = failureRecap(report)
    expect(recap).toContain('FAIL  e2e tests/e2e/search.test.ts > search > finds the guide')
    expect(recap).toContain('AssertionError: expected 0 to be greater than 0')
    expect(recap).toContain('Test Files  1 failed | 98 passed (99)')
    expect(recap).toContain('Tests  1 failed | 1236 passed (1237)')
    expect(recap).not.toContain('f499.test.ts')
    expect(recap).not.toContain(ESC)
  })

  it('is cut to the number of lines asked for, saying how many were left out', () => {
    const long = ['⎯⎯⎯ Unhandled Errors ⎯⎯⎯', ...Array.from({ length: 200 }, (_, i) => `line ${i}`)].join('\n')
    const recap = failureRecap(long, 10).split('\n')
    expect(recap).toHaveLength(11)
    expect(recap[10]).toBe('… (191 dòng nữa)')
  })

  it('without Vitest’s headings (a crash), keeps the lines that name a failure or an error', () => {
    const recap = failureRecap(' ✓ unit a.test.ts\nError: listen EADDRINUSE :::4321\n ✓ unit b.test.ts')
    expect(recap).toBe('Error: listen EADDRINUSE :::4321')
  })
})
