// What `npm run serve` needs from the environment, checked before anything connects or writes.
import { JOBS_PLACE_VARIABLE, readJobsPlace } from '@dvctt/cms/jobs/jobsPlace'
import { readDatabaseUrl } from '@dvctt/cms/lib/env'
import { readSmtpConfig } from '@dvctt/cms/notify/smtpConfig'
import { readS3Config } from '@dvctt/cms/storage/config'

export const MIN_SECRET_LENGTH = 32

/** One Vietnamese sentence per problem that stops a production start; [] when it may start. */
export function productionEnvProblems(env: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (!secret) {
    problems.push(
      'Chưa đặt PAYLOAD_SECRET (khóa ký phiên đăng nhập). Tạo một khóa bằng `openssl rand -hex 32` và ghi vào tệp môi trường (/etc/dvctt/dvctt.env, xem docs/deploy.md); giữ nguyên khóa này giữa các lần khởi động.',
    )
  } else if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `PAYLOAD_SECRET quá ngắn (${secret.length} ký tự, cần ít nhất ${MIN_SECRET_LENGTH}). Tạo khóa mới bằng \`openssl rand -hex 32\`.`,
    )
  }
  const serverUrl = env.SERVER_URL?.trim() ?? ''
  if (!serverUrl) {
    problems.push('Chưa đặt SERVER_URL: địa chỉ công khai của CMS, ví dụ SERVER_URL=https://thuvien.laichau.gov.vn.')
  } else if (!/^https:\/\/[^/]+/.test(serverUrl)) {
    problems.push(
      `SERVER_URL phải bắt đầu bằng https:// (đang là "${serverUrl}"): ở production cookie đăng nhập có cờ Secure, trình duyệt không gửi nó qua http nên không ai đăng nhập được. Đặt nginx có HTTPS phía trước (docs/deploy.md).`,
    )
  }
  if (!env.SITE_URL?.trim())
    problems.push('Chưa đặt SITE_URL: địa chỉ công khai của trang tĩnh, ví dụ SITE_URL=https://thuvien.laichau.gov.vn.')
  if (env.DEMO_MODE === '1')
    problems.push(
      'DEMO_MODE=1 chỉ dành cho máy trình diễn (`npm start`); bỏ biến này khỏi tệp môi trường của máy chủ chính thức.',
    )
  const checks = [
    () => readDatabaseUrl(env.DATABASE_URL),
    () => readJobsPlace(env[JOBS_PLACE_VARIABLE]),
    // Media on S3 is all or nothing: a half-set S3_* would put uploads where nobody looks.
    () => readS3Config(env),
    // E-mail is optional, but a half-set or malformed SMTP_* would silently send nothing.
    () => readSmtpConfig(env),
  ]
  for (const check of checks) {
    try {
      check()
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  return problems
}

/** `what` ("máy chủ", "tiến trình chạy việc nền") does not start while the environment has problems; nothing is written. */
export function exitOnProductionEnvProblems(what: string): void {
  const problems = productionEnvProblems()
  if (problems.length === 0) return
  process.stderr.write(
    `\n✖ Chưa khởi động ${what} (production). Không có gì được ghi. Cần sửa trong tệp môi trường:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  )
  process.exit(1)
}
