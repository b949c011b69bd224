import autocannon from 'autocannon'

export interface LoadOptions {
  url: string
  connections: number
  seconds: number
  /** Each request's X-Forwarded-For: one fixed address, or a new one per request. */
  addresses: 'one' | 'distinct'
  /** Each request a different page, so that none is answered from the list cache. */
  bustCache?: boolean
}

export interface LoadFigures {
  apiP50Ms: number
  apiP95Ms: number
  apiP99Ms: number
  apiRps: number
  ok2xx: number
  throttled429: number
  otherStatus: number
  errors: number
  timeouts: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)

const round = (value: number): number => Math.round(value * 10) / 10

/** Address n in 10.0.0.0/8, as a proxy would write it. */
const address = (n: number): string => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

/**
 * Load through autocannon; every answer's latency is kept (autocannon's own
 * histogram has no p95). Statuses are counted apart: 2xx, 429 from the
 * throttle, anything else; connection errors and timeouts (10 s) apart again.
 */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  let counter = 0
  const target = new URL(options.url)
  const basePath = `${target.pathname}${target.search}`
  const latencies: number[] = []
  const statuses = { ok2xx: 0, throttled429: 0, otherStatus: 0 }
  const options_: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          counter += 1
          const forwarded = options.addresses === 'one' ? address(1) : address(counter)
          const path = options.bustCache ? `${basePath}&page=${(counter % 500) + 1}` : basePath
          return { ...request, path, headers: { ...request.headers, 'x-forwarded-for': forwarded } }
        },
      },
    ],
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options_, (error, finished) => (error ? reject(error) : resolve(finished)))
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode >= 200 && statusCode < 300) statuses.ok2xx++
      else if (statusCode === 429) statuses.throttled429++
      else statuses.otherStatus++
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    apiP50Ms: round(percentile(latencies, 50)),
    apiP95Ms: round(percentile(latencies, 95)),
    apiP99Ms: round(percentile(latencies, 99)),
    apiRps: round(latencies.length / options.seconds),
    ...statuses,
    errors: Math.max(0, result.errors - result.timeouts),
    timeouts: result.timeouts,
  }
}
