/** What int-s3's globalSetup (./globalSetup.ts) hands to its workers. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The S3_* variables and MEDIA_PUBLIC_URL of this run's bucket ({} when skipped). */
    s3Env: Record<string, string>
  }
}

export {}
