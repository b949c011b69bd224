/** setupFiles entry of `int-s3`, after useTestDatabase.ts: the CMS config reads S3_* at import time. */
import { inject } from 'vitest'

Object.assign(process.env, inject('s3Env'))
