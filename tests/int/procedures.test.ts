/** The catalogue of administrative procedures: national codes, validated and unique. */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf, restFieldErrors } from '../support/errors'
import { type Fixtures, fixtures, procedureCode, procedureData } from '../support/factories'
import { CmsHttpClient } from '../support/http'

const CODE_FORMAT_MESSAGE = 'Mã thủ tục phải có dạng 1.001193 (số, dấu chấm, số).'

describeWithDatabase('procedures', () => {
  let payload: Payload
  let make: Fixtures
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()

  const countByName = async (name: string): Promise<number> =>
    (await payload.count({ collection: 'procedures', where: { name: { equals: name } } })).totalDocs

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  it.each(['ABC', '1001193', '1.00', '1.001193a', '1,001193', '.001193', ''])(
    'code %j is refused with a Vietnamese explanation, and nothing is saved',
    async (code) => {
      const data = procedureData({ code })
      const errors = await fieldErrorsOf(make.createProcedure(data))
      expect(errors.find((error) => error.path === 'code')?.message).toMatch(/Mã thủ tục/)
      expect(await countByName(data.name)).toBe(0)
    },
  )

  it('the format message shows an example code', async () => {
    const errors = await fieldErrorsOf(make.createProcedure({ code: '1001193' }))
    expect(errors).toEqual([expect.objectContaining({ path: 'code', message: CODE_FORMAT_MESSAGE })])
  })

  it('spaces pasted around a code are removed', async () => {
    const code = procedureCode()
    const procedure = await make.createProcedure({ code: `  ${code}\t` })
    expect(procedure.code).toBe(code)
  })

  it('a code can be used once: the second procedure is refused', async () => {
    const first = await make.createProcedure()
    const duplicate = procedureData({ code: first.code })
    const errors = await fieldErrorsOf(make.createProcedure(duplicate))
    expect(errors.map((error) => error.path)).toEqual(['code'])
    expect(await countByName(duplicate.name)).toBe(0)
    expect((await payload.count({ collection: 'procedures', where: { code: { equals: first.code } } })).totalDocs).toBe(
      1,
    )
  })

  it('a code differing only by surrounding spaces is the same code', async () => {
    const first = await make.createProcedure()
    const errors = await fieldErrorsOf(make.createProcedure({ code: ` ${first.code} ` }))
    expect(errors.map((error) => error.path)).toEqual(['code'])
  })

  it('the national portal link must be https', async () => {
    const errors = await fieldErrorsOf(
      make.createProcedure({ nationalPortalUrl: 'http://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html' }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'nationalPortalUrl', message: 'Liên kết phải bắt đầu bằng https://' }),
    ])
    const ok = await make.createProcedure({
      nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
    })
    expect(ok.nationalPortalUrl).toMatch(/^https:\/\//)
  })

  it('through REST an editor gets HTTP 400 with the Vietnamese message', async () => {
    const response = await editor.post('/procedures', procedureData({ code: 'TTHC-01' }))
    expect(response.status).toBe(400)
    expect(restFieldErrors(response.body)).toEqual([
      expect.objectContaining({ path: 'code', message: CODE_FORMAT_MESSAGE }),
    ])
  })

  it('the public can read the catalogue but not change it', async () => {
    const procedure = await make.createProcedure()
    const read = await anonymous.get<{ code: string }>(`/procedures/${procedure.id}`)
    expect(read.status).toBe(200)
    expect(read.body.code).toBe(procedure.code)
    const create = await anonymous.post('/procedures', procedureData())
    expect(create.status).toBe(403)
    const update = await anonymous.patch(`/procedures/${procedure.id}`, { name: 'Đổi tên trái phép' })
    expect(update.status).toBe(403)
    expect((await payload.findByID({ collection: 'procedures', id: procedure.id })).name).toBe(procedure.name)
  })
})
