/**
 * Ends a command with one paragraph for a person: what went wrong and what to do.
 * Stack traces only with DEBUG=1, because the people running this are editors.
 */
export function exitWithMessage(error: unknown, context: string): never {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`\n✖ ${context}: ${message}\n`)
  if (process.env.DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  process.exit(1)
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`
}
