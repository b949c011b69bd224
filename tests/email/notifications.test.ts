/**
 * E-mail as the people receiving it see it, through a real SMTP server (tests/support/smtp/):
 * the password reset mail and its link, and the review notifications (who gets which, in
 * Vietnamese, with the admin and public links), and the per-account opt-out.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { notificationsSettled } from '@dvctt/cms/notify/notifyReviewStep'
import type { Material, Unit, User } from '@dvctt/cms/payload-types'

import { getTestPayload } from '../support/cms'
import { type Credentials, type Fixtures, fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { type ReceivedMail, mailsTo } from '../support/smtp/mailbox'

type Person = { user: User; login: Credentials; client: CmsHttpClient }

const SENDER = 'Thư viện tuyên truyền DVCTT <khong-tra-loi@thuvien.example>'

describe('e-mail through SMTP', () => {
  let payload: Payload
  let make: Fixtures

  const person = async (role: User['role'], unit?: Unit['id']): Promise<Person> => {
    const { user, login } = unit === undefined ? await make.createUser(role) : await make.createUnitUser(role, unit)
    const client = new CmsHttpClient()
    await client.login(login.email, login.password)
    return { user, login, client }
  }

  const act = (who: Person, id: Material['id'], action: 'submit' | 'return' | 'approve', comment = '') =>
    who.client.post<{ message: string }>(`/materials/${id}/${action}`, comment ? { comment } : {})

  /** Mails to `who` after every notification started so far has reached the server. */
  const inbox = async (who: Person): Promise<ReceivedMail[]> => {
    await notificationsSettled()
    return mailsTo(who.user.email)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
  })

  it('«Quên mật khẩu?» sends a Vietnamese mail whose link sets a new password that signs in', async () => {
    const { user, login } = await make.createUser('contributor')
    const anonymous = new CmsHttpClient()
    const asked = await anonymous.post<{ message: string }>('/users/forgot-password', { email: user.email })
    expect(asked.status).toBe(200)

    const [mail, ...more] = await mailsTo(user.email)
    expect(more).toHaveLength(0)
    expect(mail?.from).toBe(SENDER)
    expect(mail?.subject).toBe('Đặt lại mật khẩu — Thư viện tuyên truyền DVCTT')
    expect(mail?.text).toContain('Để đặt mật khẩu mới, mở liên kết sau:')
    const prefix = `${payload.config.serverURL}/admin/reset/`
    const link = mail?.text.split(/\s+/).find((word) => word.startsWith(prefix)) ?? ''
    expect(link).not.toBe('')
    expect(mail?.html).toContain(`href="${link}"`)

    const newPassword = 'Mật-khẩu-mới-sau-khi-quên-123'
    const reset = await anonymous.post('/users/reset-password', {
      token: link.slice(prefix.length),
      password: newPassword,
    })
    expect(reset.status).toBe(200)
    await expect(new CmsHttpClient().login(user.email, login.password)).rejects.toThrow(/HTTP 401/)
    await new CmsHttpClient().login(user.email, newPassword)
    // The link works once.
    const again = await anonymous.post('/users/reset-password', {
      token: link.slice(prefix.length),
      password: 'x'.repeat(20),
    })
    expect(again.status).not.toBe(200)
  })

  describe('review notifications', () => {
    let province: Unit
    let department: Unit
    let otherDepartment: Unit
    let author: Person
    let unitReviewer: Person
    let provinceReviewer: Person
    let unitlessReviewer: Person
    let otherReviewer: Person
    let optedOutReviewer: Person
    let editor: Person

    beforeAll(async () => {
      province = await make.createUnit({ type: 'province' })
      department = await make.createUnit({ type: 'department', parent: province.id })
      otherDepartment = await make.createUnit({ type: 'department', parent: province.id })
      author = await person('contributor', department.id)
      unitReviewer = await person('reviewer', department.id)
      provinceReviewer = await person('reviewer', province.id)
      unitlessReviewer = await person('reviewer')
      otherReviewer = await person('reviewer', otherDepartment.id)
      optedOutReviewer = await person('reviewer', department.id)
      editor = await person('editor')
      const optOut = await optedOutReviewer.client.patch(`/users/${optedOutReviewer.user.id}`, { notifyByEmail: false })
      expect(optOut.status).toBe(200)
    })

    it('submitted: the reviewers of the unit and of the province, and the province editors, are told; nobody else', async () => {
      const draft = await make.createDraftMaterial({ ownerUnit: department.id, title: 'Hướng dẫn cấp đổi căn cước' })
      expect((await act(author, draft.id, 'submit', 'Nhờ anh chị xem giúp')).status).toBe(200)

      for (const reviewer of [unitReviewer, provinceReviewer, unitlessReviewer, editor]) {
        const mails = await inbox(reviewer)
        expect(mails.map((m) => m.subject)).toEqual(['[Chờ duyệt] Hướng dẫn cấp đổi căn cước'])
        const [mail] = mails as [ReceivedMail]
        expect(mail.to).toEqual([reviewer.user.email])
        expect(mail.text).toContain(
          `${author.user.name} vừa gửi duyệt tài liệu «Hướng dẫn cấp đổi căn cước» của ${department.name}.`,
        )
        expect(mail.text).toContain('Nhờ anh chị xem giúp')
        expect(mail.text).toContain(`${payload.config.serverURL}/admin/collections/materials/${draft.id}`)
        expect(mail.html).toContain(`href="${payload.config.serverURL}/admin/collections/materials/${draft.id}"`)
        expect(mail.text).toContain('«Nhận thư thông báo»')
      }
      expect(await inbox(otherReviewer)).toEqual([])
      expect(await inbox(optedOutReviewer)).toEqual([])
      expect(await inbox(author)).toEqual([])
    })

    it('returned: the author gets the comment; approved: the author gets the public link', async () => {
      const draft = await make.createDraftMaterial({
        ownerUnit: department.id,
        title: 'Nộp hồ sơ khai sinh trực tuyến',
      })
      expect((await act(author, draft.id, 'submit')).status).toBe(200)
      const comment = 'Thiếu bước thanh toán lệ phí.\nBổ sung ảnh chụp màn hình.'
      expect((await act(unitReviewer, draft.id, 'return', comment)).status).toBe(200)

      const [returned, ...rest] = await inbox(author)
      expect(rest).toEqual([])
      expect(returned?.subject).toBe('[Trả lại] Nộp hồ sơ khai sinh trực tuyến')
      expect(returned?.text).toContain(
        `${unitReviewer.user.name} đã trả lại tài liệu «Nộp hồ sơ khai sinh trực tuyến» để bạn sửa, với ý kiến:`,
      )
      expect(returned?.text).toContain('> Thiếu bước thanh toán lệ phí.\n> Bổ sung ảnh chụp màn hình.')
      expect(returned?.html).toContain('Thiếu bước thanh toán lệ phí.')

      expect((await act(author, draft.id, 'submit')).status).toBe(200)
      expect((await act(editor, draft.id, 'approve')).status).toBe(200)
      const approved = (await inbox(author)).slice(1)
      expect(approved.map((m) => m.subject)).toEqual(['[Đã duyệt] Nộp hồ sơ khai sinh trực tuyến'])
      const live = await payload.findByID({ collection: 'materials', id: draft.id, depth: 0 })
      expect(approved[0]?.text).toContain('sẽ có trên trang công khai trong vài phút')
      expect(approved[0]?.text).toContain(`https://thuvien.example/tai-lieu/${live.slug}/`)
      expect(approved[0]?.html).toContain(`href="https://thuvien.example/tai-lieu/${live.slug}/"`)
      // The reviewer who acted is not told of their own action.
      expect(
        (await inbox(editor)).filter((m) => m.subject.includes('khai sinh') && !m.subject.startsWith('[Chờ duyệt]')),
      ).toEqual([])
    })

    it('an author who switched «Nhận thư thông báo» off gets nothing', async () => {
      const quiet = await person('contributor', department.id)
      expect((await quiet.client.patch(`/users/${quiet.user.id}`, { notifyByEmail: false })).status).toBe(200)
      const draft = await make.createDraftMaterial({ ownerUnit: department.id, title: 'Tra cứu hồ sơ đất đai' })
      expect((await act(quiet, draft.id, 'submit')).status).toBe(200)
      expect((await act(unitReviewer, draft.id, 'return', 'Sai mã thủ tục')).status).toBe(200)
      expect(await inbox(quiet)).toEqual([])
      // The same step reaches an author who kept it on.
      expect((await act(author, draft.id, 'submit')).status).toBe(200)
      expect((await act(unitReviewer, draft.id, 'return', 'Sai mã thủ tục')).status).toBe(200)
      expect((await inbox(author)).map((m) => m.subject)).toContain('[Trả lại] Tra cứu hồ sơ đất đai')
    })
  })

  it('a slow or refusing mail server neither delays nor fails the review action; the refusal is logged in Vietnamese', async () => {
    const unit = await make.createUnit({ type: 'department' })
    const author = await person('contributor', unit.id)
    // The test SMTP server answers the first after 5 s and refuses the second (.ci/smtp-maildir.py).
    const slow = await payload.update({
      collection: 'users',
      id: (await make.createUnitUser('reviewer', unit.id)).user.id,
      data: { email: `cham-${Date.now()}@slow.example` },
    })
    const refused = await payload.update({
      collection: 'users',
      id: (await make.createUnitUser('reviewer', unit.id)).user.id,
      data: { email: `tu-choi-${Date.now()}@refused.example` },
    })
    const errors = vi.spyOn(payload.logger, 'error')
    try {
      const draft = await make.createDraftMaterial({ ownerUnit: unit.id, title: 'Đăng ký thường trú' })
      const answer = await act(author, draft.id, 'submit')
      expect(answer.status).toBe(200)
      expect(answer.body.message).toContain('Đã gửi duyệt tài liệu «Đăng ký thường trú»')
      // Answered while the slow server was still holding its mail.
      expect(await mailsTo(slow.email)).toEqual([])
      const saved = await payload.findByID({ collection: 'materials', id: draft.id, draft: true, depth: 0 })
      expect(saved.workflowStatus).toBe('submitted')

      await notificationsSettled()
      expect((await mailsTo(slow.email)).map((m) => m.subject)).toEqual(['[Chờ duyệt] Đăng ký thường trú'])
      const logged = errors.mock.calls.map(([line]) => String(line))
      expect(logged).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^Không gửi được thư thông báo «\\[Chờ duyệt\\] Đăng ký thường trú» tới ${refused.email}: .*Thao tác duyệt vẫn được lưu`,
          ),
        ),
      )
    } finally {
      errors.mockRestore()
    }
  })
})
