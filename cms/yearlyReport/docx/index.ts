import { AlignmentType, Document, Packer, Paragraph, type Table, TextRun } from 'docx'

import { numberLine, placeDateLine, reportSubtitle } from '../format'
import type { ReportInput } from '../input'
import { type Block, buildOutline } from '../outline'
import { dataTable, line, PAGE, rule, SIZE, sideBySide } from './parts'

/**
 * The yearly report as an editable Word document (docx), in the shape of an
 * administrative report (Decree 30/2020/NĐ-CP): header with the issuing body
 * and the national motto, number, place and date, title, body, «Nơi nhận» and
 * signature. The unit numbers, signs and stamps it after downloading.
 */
export async function renderReportDocx(input: ReportInput): Promise<Buffer> {
  const doc = new Document({
    creator: input.issuer.name,
    title: `Báo cáo năm ${input.year} – ${input.issuer.name}`,
    description: reportSubtitle(input.year),
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: [header(input), ...title(input), ...buildOutline(input).map(blockToDocx), signature(input)],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

function header(input: ReportInput): Table {
  const left = [
    ...(input.issuer.parentName ? [line({ text: input.issuer.parentName.toUpperCase(), size: SIZE.header })] : []),
    line({ text: input.issuer.name.toUpperCase(), bold: true, size: SIZE.header }),
    rule(0.3),
    line({ text: numberLine(input), size: SIZE.header }),
  ]
  const right = [
    line({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: SIZE.header }),
    line({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: SIZE.body }),
    rule(0.5),
    line({ text: placeDateLine(input), italic: true, size: 26 }),
  ]
  return sideBySide(left, right, 0.38)
}

function title(input: ReportInput): Paragraph[] {
  return [
    line({ text: '', after: 120 }),
    line({ text: 'BÁO CÁO', bold: true }),
    line({ text: reportSubtitle(input.year), bold: true }),
    rule(0.25),
    line({ text: `Kính gửi: ${input.addressee}.`, after: 240 }),
  ]
}

const bodyParagraph = (text: string, options: { bold?: boolean; italic?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: 567 },
    spacing: { before: 60, after: 60, line: 288 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italic })],
  })

function blockToDocx(block: Block): Paragraph | Table {
  switch (block.type) {
    case 'heading':
      return bodyParagraph(block.text, { bold: true })
    case 'subheading':
      return bodyParagraph(block.text, { bold: true })
    case 'paragraph':
      return bodyParagraph(block.text, { italic: block.italic })
    case 'caption':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: block.text, bold: true })],
      })
    case 'table':
      return dataTable(block.columns, block.rows, block.total)
  }
}

function signature(input: ReportInput): Table {
  const left = [
    line({ text: '', after: 120 }),
    line({ text: 'Nơi nhận:', bold: true, italic: true, size: SIZE.table, align: AlignmentType.LEFT }),
    ...input.recipients.map((r, i) =>
      line({
        text: `- ${r}${i === input.recipients.length - 1 ? '.' : ';'}`,
        size: SIZE.small,
        align: AlignmentType.LEFT,
      }),
    ),
  ]
  const right = [
    line({ text: '', after: 120 }),
    ...input.signer.title.split('\n').map((text) => line({ text: text.toUpperCase(), bold: true, size: SIZE.header })),
    line({ text: '(Ký, ghi rõ họ tên, đóng dấu)', italic: true, size: SIZE.table, after: 1200 }),
    line({ text: input.signer.name ?? '', bold: true }),
  ]
  return sideBySide(left, right, 0.5)
}
