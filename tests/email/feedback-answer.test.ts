/**
 * The private answer to citizen feedback, as the citizen reads it in their mailbox (a real SMTP
 * server, tests/support/smtp/): sent when the answer is approved to the e-mail they left, in
 * Vietnamese, saying when their address will be deleted; nothing to a phone number.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { answerMailsSettled } from '@dvctt/cms/feedback/moderation/privateAnswer'
import type { Material, Unit } from '@dvctt/cms/payload-types'

import { getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { feedbackItems } from '../support/feedbackItems'
import { CmsHttpClient } from '../support/http'
import { mailsTo } from '../support/smtp/mailbox'

describe('the private answer by e-mail', () => {
  let payload: Payload
  let make: Fixtures
  let items: ReturnType<typeof feedbackItems>
  let unit: Unit
  let material: Material
  const contributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  let reviewerEmail = ''

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    items = feedbackItems(payload)
    unit = await make.createUnit({ name: `Xã Pa Ủ ${uniqueSuffix()}` })
    material = await make.createPublishedMaterial({ ownerUnit: unit.id, title: `Tờ rơi khai sinh ${uniqueSuffix()}` })
    const a = await make.createUnitUser('contributor', unit.id)
    await contributor.login(a.login.email, a.login.password)
    const b = await make.createUser('reviewer')
    reviewerEmail = b.user.email
    await reviewer.login(b.login.email, b.login.password)
  })

  it('goes to the e-mail left for it once the reviewer approves the answer, in Vietnamese', async () => {
    const address = `nguoidan-${uniqueSuffix()}@thuvien.example`
    const item = await items.createItem({
      material: material.id,
      unit: unit.id,
      wantsPrivateAnswer: true,
      text: 'Tôi gọi 0912345678 không được, làm sao nộp hồ sơ khai sinh cho con?',
      publicText: 'Tôi gọi [đã ẩn] không được, làm sao nộp hồ sơ khai sinh cho con?',
    })
    await items.createContact(item.id, address)
    const answer = 'Bạn đăng nhập VNeID, chọn «Đăng ký khai sinh» và làm theo từng bước trong tờ rơi.'
    expect((await contributor.patch(`/feedback/${item.id}`, { status: 'answered-private', answer })).status).toBe(200)
    await answerMailsSettled()
    // Waiting for review: nothing sent to the citizen yet; the reviewer is told, as for a material.
    expect(await mailsTo(address)).toHaveLength(0)
    const [notice] = await mailsTo(reviewerEmail)
    expect(notice?.subject).toBe('[Chờ duyệt] Câu trả lời góp ý của người dân')
    expect(notice?.text).toContain(`> ${answer}`)
    expect(notice?.text).toContain(`/admin/collections/feedback/${item.id}`)

    expect((await reviewer.patch(`/feedback/${item.id}`, {})).status).toBe(200)
    await answerMailsSettled()
    const [mail, ...more] = await mailsTo(address)
    expect(more).toHaveLength(0)
    expect(mail?.subject).toBe(`Trả lời góp ý của bạn về tài liệu «${material.title}»`)
    expect(mail?.text).toContain(`${unit.name} trả lời:`)
    expect(mail?.text).toContain(`> ${answer}`)
    expect(mail?.text).toContain('> Tôi gọi [đã ẩn] không được')
    expect(mail?.text).not.toContain('0912345678')
    expect(mail?.text).toMatch(/sẽ bị xóa khỏi hệ thống sau ngày \d\d\/\d\d\/\d{4}/)
    // A private answer gives no public link.
    expect(mail?.text).not.toContain('/tai-lieu/')
  })

  it('a phone number left for the answer: nothing is mailed, the answer is saved and approved', async () => {
    const item = await items.createItem({ material: material.id, unit: unit.id, wantsPrivateAnswer: true })
    await items.createContact(item.id, '0987 654 321')
    expect(
      (await reviewer.patch(`/feedback/${item.id}`, { status: 'answered-private', answer: 'Đã gọi lại.' })).status,
    ).toBe(200)
    await answerMailsSettled()
    const stored = await payload.findByID({ collection: 'feedback', id: item.id, depth: 0 })
    expect(stored.answerState).toBe('approved')
  })
})
