/**
 * Real HTTP semantics without a server: builds `Request` objects and hands them
 * to the route handlers the CMS's Next.js app mounts under /api
 * (cms/app/(payload)/api/: the REST and GraphQL routes; the pattern of payloadcms/payload
 * test/helpers/NextRESTClient.ts).
 */
import config from '@dvctt/cms/config'
import { guardGraphQLHandler, guardRestHandler } from '@dvctt/cms/publicApi/guardRoutes'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

// Wrapped as the route files wrap them: anonymous requests meet the public API's caps and list cache.
const restHandlers = {
  GET: guardRestHandler(config, REST_GET(config)),
  POST: guardRestHandler(config, REST_POST(config)),
  PATCH: guardRestHandler(config, REST_PATCH(config)),
  DELETE: guardRestHandler(config, REST_DELETE(config)),
}
const graphqlHandler = guardGraphQLHandler(config, GRAPHQL_POST(config))

const ORIGIN = 'http://localhost:3000'

type QueryValue = string | number | boolean | null | undefined | QueryObject | QueryValue[]
interface QueryObject {
  [key: string]: QueryValue
}

/** `{ where: { title: { like: 'x' } } }` → `where[title][like]=x`, the bracket syntax Payload parses. */
export function toQueryString(query: QueryObject): string {
  const params = new URLSearchParams()
  const add = (key: string, value: QueryValue): void => {
    if (value === undefined) return
    if (value === null || typeof value !== 'object') params.append(key, String(value))
    else if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item))
    else for (const [child, childValue] of Object.entries(value)) add(`${key}[${child}]`, childValue)
  }
  for (const [key, value] of Object.entries(query)) add(key, value)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export interface JsonResponse<T> {
  status: number
  body: T
  /** The raw body, for asserting that a string appears nowhere in what was sent. */
  text: string
}

export interface GraphQLResult<T> {
  data?: T | null
  errors?: { message: string; path?: (string | number)[] }[]
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export class CmsHttpClient {
  private token: string | undefined

  /** Logs in through `POST /api/users/login`; later requests carry `Authorization: JWT <token>`. */
  async login(email: string, password: string): Promise<void> {
    const response = await this.rest<{ token?: string; message?: string }>('POST', '/users/login', { email, password })
    if (response.status !== 200 || !response.body.token) {
      throw new Error(`Login as ${email} failed with HTTP ${response.status}: ${response.text}`)
    }
    this.token = response.body.token
  }

  get<T>(path: `/${string}`, query: QueryObject = {}): Promise<JsonResponse<T>> {
    return this.rest<T>('GET', `${path}${toQueryString(query)}` as `/${string}`)
  }

  /**
   * Every page of a list, 100 documents a page: an anonymous client may not ask
   * for more at once (cms/publicApi/). Stops at the first answer that is not a page.
   */
  async allPages<T>(
    path: `/${string}`,
    query: QueryObject = {},
  ): Promise<JsonResponse<{ docs?: T[]; hasNextPage?: boolean }>[]> {
    const pages: JsonResponse<{ docs?: T[]; hasNextPage?: boolean }>[] = []
    for (let page = 1; ; page++) {
      const answer = await this.get<{ docs?: T[]; hasNextPage?: boolean }>(path, { ...query, limit: 100, page })
      pages.push(answer)
      if (answer.status !== 200 || !answer.body.hasNextPage) return pages
    }
  }

  post<T>(path: `/${string}`, body: unknown): Promise<JsonResponse<T>> {
    return this.rest<T>('POST', path, body)
  }

  patch<T>(path: `/${string}`, body: unknown, query: QueryObject = {}): Promise<JsonResponse<T>> {
    return this.rest<T>('PATCH', `${path}${toQueryString(query)}` as `/${string}`, body)
  }

  /** A GET whose raw `Response` the test reads itself (files, headers). */
  async fetch(pathWithQuery: `/${string}`, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(`${ORIGIN}/api${pathWithQuery}`)
    const slug = url.pathname
      .slice('/api/'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    const requestHeaders = this.headers()
    for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value)
    return restHandlers.GET(new Request(url, { headers: requestHeaders }), { params: Promise.resolve({ slug }) })
  }

  /** Any request, e.g. with headers the other helpers do not send; the test reads the raw `Response`. */
  async send(
    pathWithQuery: `/${string}`,
    init: { method: Method; headers?: Record<string, string>; body?: string },
  ): Promise<Response> {
    const url = new URL(`${ORIGIN}/api${pathWithQuery}`)
    const slug = url.pathname
      .slice('/api/'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    const headers = this.headers()
    for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value)
    return restHandlers[init.method](new Request(url, { method: init.method, headers, body: init.body }), {
      params: Promise.resolve({ slug }),
    })
  }

  /**
   * A multipart upload as the admin sends it: the file in `file`, the other
   * fields as JSON in `_payload` (e.g. `POST /api/media`).
   */
  async upload<T>(
    path: `/${string}`,
    file: { data: Buffer; name: string; mimetype: string },
    fields: Record<string, unknown> = {},
  ): Promise<JsonResponse<T>> {
    const url = new URL(`${ORIGIN}/api${path}`)
    const slug = url.pathname
      .slice('/api/'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    // Built by hand rather than from FormData: undici's FormData stream throws an unhandled
    // "ReadableStream is already closed" when the parser stops reading at a size limit.
    const boundary = `----dvctt${Date.now().toString(16)}`
    const quoted = (value: string): string => value.replace(/["\r\n]/g, (c) => encodeURIComponent(c))
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(file.name)}"\r\nContent-Type: ${file.mimetype}\r\n\r\n`,
      ),
      file.data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const headers = this.headers()
    headers.set('Content-Type', `multipart/form-data; boundary=${boundary}`)
    return readJson<T>(
      await restHandlers.POST(new Request(url, { method: 'POST', headers, body }), {
        params: Promise.resolve({ slug }),
      }),
    )
  }

  async rest<T>(method: Method, pathWithQuery: `/${string}`, body?: unknown): Promise<JsonResponse<T>> {
    const url = new URL(`${ORIGIN}/api${pathWithQuery}`)
    const slug = url.pathname
      .slice('/api/'.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    const request = new Request(url, {
      method,
      headers: this.headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return readJson<T>(await restHandlers[method](request, { params: Promise.resolve({ slug }) }))
  }

  /** `POST /api/graphql` with a query document and optional variables. */
  async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<JsonResponse<GraphQLResult<T>>> {
    const request = new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ query, variables }),
    })
    return readJson<GraphQLResult<T>>(await graphqlHandler(request))
  }

  private headers(): Headers {
    const headers = new Headers({ 'Content-Type': 'application/json', 'Accept-Language': 'vi' })
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }
}

async function readJson<T>(response: Response): Promise<JsonResponse<T>> {
  const text = await response.text()
  let body: T
  try {
    body = JSON.parse(text) as T
  } catch {
    throw new Error(`Expected JSON from the CMS, got HTTP ${response.status}: ${text.slice(0, 300)}`)
  }
  return { status: response.status, body, text }
}

/** A GraphQL literal for a document id: numbers stay numbers (SQL), strings are quoted (MongoDB). */
export const graphqlId = (id: string | number): string => JSON.stringify(id)
