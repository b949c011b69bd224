/** setupFiles entry of `int-email`, after useTestDatabase: the CMS config reads SMTP_* when imported. */
import { inject } from 'vitest'

process.env.SMTP_URL = inject('smtpUrl')
process.env.SMTP_FROM = 'Thư viện tuyên truyền DVCTT <khong-tra-loi@thuvien.example>'
process.env.SITE_URL = 'https://thuvien.example'
