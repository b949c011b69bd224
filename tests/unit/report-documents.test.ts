/**
 * The yearly report's DOCX as a real office suite lays it out: LibreOffice
 * (Debian's libreoffice-writer-nogui, installed by .ci/run) converts it to PDF
 * and poppler's pdftotext reads that back. The header's two columns, the
 * national motto on one line, the title, the tables' figures and the unit's
 * own words must all be there; the PDF preview (pdf-lib) says the same words.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderReportDocx } from '../../cms/yearlyReport/docx'
import { renderReportPdf } from '../../cms/yearlyReport/pdf'
import { pdfText } from '../support/reportDocuments'
import { sampleReportInput } from '../support/reportInput'

const run = promisify(execFile)
const MISSING =
  'LibreOffice or poppler-utils missing: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2 (as .ci/run does)'

describe('yearly report documents', () => {
  let dir: string
  let layout: string

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-cao-'))
    const docx = path.join(dir, 'bao-cao.docx')
    fs.writeFileSync(docx, await renderReportDocx(sampleReportInput()))
    // A profile of its own: a second soffice sharing the default one would wait on its lock.
    await run(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      {
        timeout: 90_000,
      },
    ).catch((error: Error) => {
      throw new Error(`${MISSING}\n${error.message}`)
    })
    layout = (await run('pdftotext', ['-layout', path.join(dir, 'bao-cao.pdf'), '-'])).stdout.normalize('NFC')
  }, 120_000)

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('LibreOffice lays out the header of an administrative report: issuer left, national motto right on one line', () => {
    const lines = layout.split('\n')
    const motto = lines.find((line) => line.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
    expect(motto, layout.slice(0, 800)).toBeDefined()
    expect(motto).toMatch(/ỦY BAN NHÂN DÂN XÃ\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/)
    expect(layout).toMatch(/Số: 77\/BC-UBND\s{3,}Mường Chà, ngày 09 tháng 12 năm 2031/)
    expect(layout).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(layout).toContain('BÁO CÁO')
    expect(layout).toContain('Kính gửi: Sở Khoa học và Công nghệ tỉnh Điện Biên.')
  })

  it('the figures and the unit’s words come through the conversion', () => {
    const text = layout.replace(/\s+/g, ' ')
    expect(text).toMatch(/Lượt xem trang 1\.234/)
    expect(text).toMatch(/Xã Mường Chà 20 15 75 %/)
    expect(text).toContain('Đã thực hiện 1 hoạt động (đã được duyệt), với 37 người.')
    expect(text).toContain('II. KHÓ KHĂN, VƯỚNG MẮC Sóng di động yếu ở các bản vùng cao.')
    expect(text).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ Đề nghị hỗ trợ loa truyền thanh thông minh.')
    expect(text).toMatch(/Nơi nhận: .*TM\. ỦY BAN NHÂN DÂN/)
    expect(text).toContain('Lò Văn Pâng')
  })

  it('the PDF preview says the same words as the DOCX', async () => {
    const preview = await pdfText(await renderReportPdf(sampleReportInput()))
    const converted = layout.replace(/\s+/g, ' ')
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 77/BC-UBND',
      'Mường Chà, ngày 09 tháng 12 năm 2031',
      'Kính gửi: Sở Khoa học và Công nghệ tỉnh Điện Biên.',
      'Sóng di động yếu ở các bản vùng cao.',
      'Lò Văn Pâng',
    ]) {
      expect(preview).toContain(phrase)
      expect(converted).toContain(phrase)
    }
  })
})
