/** What `int-email`'s globalSetup hands to its workers. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** SMTP_URL of the test mail server. */
    smtpUrl: string
    /** The folder where that server writes each message it accepts, one file each. */
    smtpMaildir: string
  }
}

export {}
