/**
 * Where the site's jobs run (CMS_JOBS): in the CMS server by default, so a
 * one-machine install needs nothing new; only in `npm run worker` with
 * CMS_JOBS=worker; a typo stops `npm run serve` and `npm run worker` before
 * anything starts, instead of silently running no job anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { readJobsPlace, runsJobQueues } from '@dvctt/cms/jobs/jobsPlace'

import { productionEnvProblems } from '../../scripts/lib/production-env'

const saved = { role: process.env.CMS_RUN_JOBS, place: process.env.CMS_JOBS }
afterEach(() => {
  for (const [name, value] of [
    ['CMS_RUN_JOBS', saved.role],
    ['CMS_JOBS', saved.place],
  ] as const)
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
})

describe('CMS_JOBS', () => {
  it.each([
    [undefined, 'server'],
    ['', 'server'],
    ['server', 'server'],
    [' worker ', 'worker'],
  ])('%j means jobs run in the %s', (raw, place) => {
    expect(readJobsPlace(raw)).toBe(place)
  })

  it.each([
    ['1', undefined, true],
    ['1', 'server', true],
    ['1', 'worker', false],
    ['0', undefined, false],
    [undefined, undefined, false],
  ])('the CMS server (CMS_RUN_JOBS=%j) with CMS_JOBS=%j runs Payload’s job crons: %s', (role, place, runs) => {
    if (role === undefined) delete process.env.CMS_RUN_JOBS
    else process.env.CMS_RUN_JOBS = role
    if (place === undefined) delete process.env.CMS_JOBS
    else process.env.CMS_JOBS = place
    expect(runsJobQueues()).toBe(runs)
  })

  it('a misspelt value is refused with the two accepted ones, in Vietnamese', () => {
    expect(() => readJobsPlace('workers')).toThrow(/CMS_JOBS="workers" không hợp lệ.*CMS_JOBS=server.*CMS_JOBS=worker/)
    const problems = productionEnvProblems({
      PAYLOAD_SECRET: 'x'.repeat(40),
      SERVER_URL: 'https://thuvien.example.gov.vn',
      SITE_URL: 'https://thuvien.example.gov.vn',
      CMS_JOBS: 'workers',
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('CMS_JOBS="workers" không hợp lệ')
  })
})
