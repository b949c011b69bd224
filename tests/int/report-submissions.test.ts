/**
 * «Báo cáo năm»: one report per unit per year, written by the unit's
 * contributors, read by the province; its DOCX, XLSX and PDF open in readers
 * that share no code with the writers and say what the unit wrote; the
 * province view says who is late once 15/12 has passed (by the CMS clock).
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { ReportSubmission, Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { docxText, pdfText, xlsxRows } from '../support/reportDocuments'

const YEAR = 2031

describeWithDatabase('yearly report submissions', () => {
  let payload: Payload
  let make: Fixtures
  let commune: Unit
  let other: Unit
  let late: Unit
  const contributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  const anonymous = new CmsHttpClient()
  let report: ReportSubmission

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const suffix = uniqueSuffix()
    const province = await make.createUnit({ name: `UBND tỉnh Điện Biên ${suffix}`, type: 'province' })
    commune = await make.createUnit({ name: `Xã Mường Chà ${suffix}`, type: 'commune', parent: province.id })
    other = await make.createUnit({ name: `Xã Na Sang ${suffix}`, type: 'commune', parent: province.id })
    late = await make.createUnit({ name: `Phường Him Lam ${suffix}`, type: 'ward', parent: province.id })
    await contributor.login(...credentialsOf(await make.createUnitUser('contributor', commune.id)))
    await reviewer.login(...credentialsOf(await make.createUser('reviewer')))
    const guided = await make.createProcedure({ onlineLevel: 'full', implementingLevel: 'commune' })
    await make.createProcedure({ onlineLevel: 'full', implementingLevel: 'commune' })
    await make.createPublishedMaterial({ procedures: [guided.id] })
    // Activities of the report's year: the collection refuses future dates, so the clock stands in that year.
    setClock(() => new Date(`${YEAR}-12-10T02:00:00Z`))
    const activity = (
      unit: Unit,
      reviewState: 'approved' | 'draft',
      kind: 'loudspeaker' | 'training-team',
      reach: object,
      day: string,
    ) =>
      payload.create({
        collection: 'outreach-activities',
        data: {
          unit: unit.id,
          reviewState,
          kind,
          reach,
          startDate: `${YEAR}-${day}T01:00:00.000Z`,
          place: 'Bản Huổi Lèng',
        },
      })
    await activity(commune, 'approved', 'loudspeaker', { minutes: 45, times: 3 }, '03-04')
    await activity(commune, 'approved', 'loudspeaker', { minutes: 30, times: 2 }, '04-04')
    await activity(commune, 'approved', 'training-team', { people: 37 }, '05-20')
    await activity(commune, 'draft', 'loudspeaker', { minutes: 999, times: 1 }, '06-01')
    await activity(other, 'approved', 'loudspeaker', { minutes: 777, times: 1 }, '06-02')
    resetClock()
  })

  afterEach(resetClock)

  it('a contributor writes their unit’s report; a second one for the same year is refused in words', async () => {
    const created = await contributor.post<{ doc: ReportSubmission }>('/report-submissions', {
      year: YEAR,
      difficulties: 'Sóng di động yếu ở các bản vùng cao.',
      proposals: 'Đề nghị hỗ trợ loa truyền thanh thông minh.',
      notes: { direction: 'Ban hành Kế hoạch số 15/KH-UBND ngày 10/02/2031.' },
      documentNumber: '125/BC-UBND',
    })
    expect(created.status).toBe(201)
    report = created.body.doc
    expect(String(typeof report.unit === 'object' ? report.unit?.id : report.unit)).toBe(String(commune.id))
    expect(report.state).toBe('draft')

    const again = await contributor.post<{ errors: { message: string }[] }>('/report-submissions', { year: YEAR })
    expect(again.status).toBe(409)
    expect(again.text).toContain(`${commune.name} đã có báo cáo năm ${YEAR}`)
  })

  it('contributors reach their own unit only; reviewers read all and write nothing; anonymous nothing', async () => {
    const foreign = await contributor.post('/report-submissions', { year: YEAR, unit: other.id })
    expect(foreign.status).toBe(403)
    expect(foreign.text).toContain('Bạn chỉ được lập báo cáo của đơn vị mình')
    await payload.create({ collection: 'report-submissions', data: { year: YEAR, unit: other.id, state: 'draft' } })
    const seen = await contributor.get<{ docs: ReportSubmission[] }>('/report-submissions', {
      where: { year: { equals: YEAR } },
    })
    expect(seen.body.docs.map((d) => d.id)).toEqual([report.id])
    // Other files (the access matrix) write reports of the same year for their own units on the shared database.
    const all = await reviewer.get<{ docs: ReportSubmission[] }>('/report-submissions', {
      where: { year: { equals: YEAR }, unit: { in: [commune.id, other.id] } },
    })
    expect(all.body.docs).toHaveLength(2)
    expect((await reviewer.post('/report-submissions', { year: YEAR + 1, unit: late.id })).status).toBe(403)
    expect((await anonymous.get('/report-submissions')).status).toBe(403)
    expect((await anonymous.fetch(`/report-submissions/${YEAR}/${commune.id}.docx`)).status).toBe(401)
    expect((await contributor.fetch(`/report-submissions/${YEAR}/${other.id}.docx`)).status).toBe(403)
    expect((await contributor.fetch(`/report-submissions/${YEAR}/tinh.docx`)).status).toBe(403)
  })

  it('the DOCX opens and says what an administrative report says, with the unit’s own words', async () => {
    const response = await contributor.fetch(`/report-submissions/${YEAR}/${commune.id}.docx`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Báo cáo năm ${YEAR} - Ủy ban nhân dân ${commune.name.replace('Xã', 'xã')}.docx`)}`,
    )
    const text = await docxText(new Uint8Array(await response.arrayBuffer()))
    for (const expected of [
      `ỦY BAN NHÂN DÂN ${commune.name.toUpperCase()}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-UBND',
      `${commune.name.replace(/^Xã /, '')}, ngày`,
      'BÁO CÁO',
      `Kết quả thực hiện Kế hoạch tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến năm ${YEAR}`,
      `Ủy ban nhân dân tỉnh Điện Biên`,
      'Ban hành Kế hoạch số 15/KH-UBND ngày 10/02/2031.',
      'II. KHÓ KHĂN, VƯỚNG MẮC Sóng di động yếu ở các bản vùng cao.',
      'III. ĐỀ XUẤT, KIẾN NGHỊ Đề nghị hỗ trợ loa truyền thanh thông minh.',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('Lai Châu')
    const loudspeaker = await approvedOverRest(reviewer, commune, 'loudspeaker')
    const minutes = loudspeaker.reduce((sum, a) => sum + (a.reach?.minutes ?? 0), 0)
    expect(loudspeaker).toHaveLength(2)
    expect(text).toContain(`Đã thực hiện ${loudspeaker.length} hoạt động (đã được duyệt), với ${minutes} phút`)
    expect(text).not.toContain('999 phút')
    expect(text).not.toContain('777 phút')
    const { covered, total } = await coverageOverRest(anonymous, reviewer)
    expect(total).toBeGreaterThanOrEqual(2)
    expect(text).toContain(`${covered}/${total} thủ tục toàn trình có hướng dẫn.`)
  })

  it('the XLSX holds the figures as numbers, and the PDF preview says the same words as the DOCX', async () => {
    const sheets = await xlsxRows(
      new Uint8Array(await (await contributor.fetch(`/report-submissions/${YEAR}/${commune.id}.xlsx`)).arrayBuffer()),
    )
    expect([...sheets.keys()]).toEqual(['Tổng hợp', 'Hoạt động'])
    const views = sheets.get('Tổng hợp')?.find((row) => row[0] === 'Lượt xem trang')
    expect(views?.[1]).toBeTypeOf('number')
    const pdf = await contributor.fetch(`/report-submissions/${YEAR}/${commune.id}.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Sóng di động yếu ở các bản vùng cao.')
    expect(text).toContain(`năm ${YEAR}`)
  })

  it('«Nộp báo cáo» stamps the CMS clock and the person; the unit can no longer change it', async () => {
    setClock(() => new Date('2031-12-10T02:00:00Z'))
    const submitted = await contributor.post<{ doc: ReportSubmission }>(`/report-submissions/${report.id}/submit`, {})
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.state).toBe('submitted')
    expect(submitted.body.doc.submittedAt).toBe('2031-12-10T02:00:00.000Z')
    const edit = await contributor.patch(`/report-submissions/${report.id}`, { proposals: 'Sửa sau khi nộp' })
    expect(edit.status).toBe(409)
    expect(edit.text).toContain('Báo cáo đã nộp nên không sửa được nữa')
  })

  it('the province view: not yet until the end of 15/12, late after; the roll-up is for the province', async () => {
    const standing = async (unit: Unit) => {
      const answer = await reviewer.get<{ units: { id: Unit['id']; standing: string }[] }>(
        `/report-submissions/status/${YEAR}`,
      )
      expect(answer.status).toBe(200)
      return answer.body.units.find((u) => String(u.id) === String(unit.id))?.standing
    }
    setClock(() => new Date('2031-12-15T16:59:00Z')) // 23:59 on 15/12 in Vietnam
    expect(await standing(late)).toBe('not-yet')
    expect(await standing(commune)).toBe('submitted')
    setClock(() => new Date('2031-12-15T17:00:00Z')) // 00:00 on 16/12 in Vietnam
    expect(await standing(late)).toBe('late')
    expect((await contributor.get(`/report-submissions/status/${YEAR}`)).status).toBe(403)

    const rollup = await reviewer.fetch(`/report-submissions/${YEAR}/tinh.docx`)
    expect(rollup.status).toBe(200)
    const text = await docxText(new Uint8Array(await rollup.arrayBuffer()))
    expect(text).toContain('Tình hình báo cáo của các đơn vị')
    expect(text).toMatch(new RegExp(`${late.name} Quá hạn, chưa nộp`))
    expect(text).toContain(`${commune.name}: Sóng di động yếu ở các bản vùng cao.`)
  })
})

/** A unit's approved activities of one kind in the report's year, over REST. */
async function approvedOverRest(client: CmsHttpClient, unit: Unit, kind: string) {
  const answer = await client.get<{ docs: { reach?: { minutes?: number | null } }[] }>('/outreach-activities', {
    where: {
      and: [
        { unit: { equals: unit.id } },
        { reviewState: { equals: 'approved' } },
        { kind: { equals: kind } },
        { startDate: { greater_than_equal: `${YEAR}-01-01T00:00:00+07:00` } },
      ],
    },
    limit: 100,
    depth: 0,
  })
  expect(answer.status).toBe(200)
  return answer.body.docs
}

/** A commune's guide coverage counted over REST: commune-level toàn trình procedures, and those a published material guides. */
async function coverageOverRest(anonymous: CmsHttpClient, signedIn: CmsHttpClient) {
  const procedures = await signedIn.get<{ docs: { id: string | number }[] }>('/procedures', {
    where: {
      and: [
        { onlineLevel: { equals: 'full' } },
        { implementingLevel: { equals: 'commune' } },
        { withdrawn: { not_equals: true } },
      ],
    },
    limit: 1000,
    depth: 0,
  })
  const ids = new Set(procedures.body.docs.map((p) => String(p.id)))
  const guided = new Set<string>()
  for (const page of await anonymous.allPages<{ procedures?: ({ id: string | number } | string | number)[] }>(
    '/materials',
    { depth: 0 },
  )) {
    for (const material of page.body.docs ?? []) {
      for (const ref of material.procedures ?? []) {
        const id = String(typeof ref === 'object' ? ref.id : ref)
        if (ids.has(id)) guided.add(id)
      }
    }
  }
  return { covered: guided.size, total: ids.size }
}

const credentialsOf = ({ login }: { login: { email: string; password: string } }): [string, string] => [
  login.email,
  login.password,
]
