/** Values each integration project's globalSetup hands to its test workers via `inject()`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** DATABASE_URL of the fresh database this project runs against ('' when skipped or broken). */
    databaseUrl: string
    /** Set when the suite is deliberately skipped on this adapter (e.g. no MongoDB server configured). */
    databaseSkipReason: string
    /** Set when the database should exist but could not be prepared: every test file then fails with it. */
    databaseProblem: string
  }
}

export {}
