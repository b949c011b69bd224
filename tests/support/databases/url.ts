/** The same server URL pointing at another database; options such as ?authSource= are kept. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** A connection URL fit for a message: the password replaced by ***. */
export const hidePassword = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
