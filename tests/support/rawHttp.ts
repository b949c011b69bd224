import http from 'node:http'
import https from 'node:https'

export interface RawResponse {
  status: number
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** The bytes as sent: not decompressed. */
  body: Buffer
}

export interface RawRequest {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** The certificate to trust for https (a self-signed one in tests). */
  ca?: string
  agent?: http.Agent
}

/**
 * One HTTP(S) exchange exactly as the server answered it (no decompression, no
 * redirect following), which is what header and gzip checks need.
 */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ca: options.ca,
        agent: options.agent,
        servername: target.hostname,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const headers: Record<string, string> = {}
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) })
        })
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}
