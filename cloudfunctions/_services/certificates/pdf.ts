/**
 * The printable A4 PDF of an issued certificate: title, serial, wording, issuer and date, the QR that
 * opens the verify page, and the identifier. Drawn with pdf-lib and an embedded subset of the CJK
 * font the platform provides (only the characters used). Made once, stored as a file of the holder,
 * and handed out by a short-lived link like photos.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib'
import type QrCode from 'qrcode-generator'
import type { Caller } from '../../../types/identity'
import { breakLines } from '../../_core/certificates'
import { AppError, forbidden, notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { attachFile } from '../files'
import { certificateSettings } from './catalogue'
import { type CertificateDoc, certificatesOf } from './docs'
import { loadRequest } from './requests'

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 72

type PdfLib = typeof import('pdf-lib')
type Fontkit = { create(data: Buffer): unknown }

/**
 * pdf-lib, fontkit and the QR encoder, loaded with the first PDF: no other action of the function pays for them at a
 * cold start. The bundler leaves them out (a CloudBase function installs them, see _host/bundle.ts).
 */
function pdfLibraries(): {
  pdf: PdfLib
  fontkit: Parameters<PDFDocument['registerFontkit']>[0]
  qrcode: typeof QrCode
} {
  // deferred requires: static imports would load the libraries at every cold start
  const pdf = require('pdf-lib') as PdfLib
  const qr = require('qrcode-generator') as typeof QrCode & { default?: typeof QrCode }
  const kit = require('@pdf-lib/fontkit') as Fontkit & { default?: Fontkit }
  const fontkit = kit.default ?? kit
  /** pdf-lib asks fontkit for one font: the first face of a collection (.ttc) is the regular one. */
  const collectionAware = {
    create(data: Uint8Array) {
      const font = fontkit.create(data as Buffer) as { fonts?: unknown[] }
      return font.fonts ? font.fonts[0] : font
    },
  }
  return {
    pdf,
    fontkit: collectionAware as unknown as Parameters<PDFDocument['registerFontkit']>[0],
    qrcode: qr.default ?? qr,
  }
}

/** The verify page a certificate's QR opens: the H5 route with the token. */
export function verifyLink(token: string, base = ''): string {
  return `${base}/#/pages/verify/index?token=${token}`
}

function chineseDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export async function renderCertificatePdf(
  cert: CertificateDoc,
  fontBytes: Uint8Array,
  link: string,
): Promise<Uint8Array> {
  const { pdf, fontkit, qrcode } = pdfLibraries()
  const { rgb } = pdf
  const doc = await pdf.PDFDocument.create()
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(fontBytes, { subset: true })
  doc.setTitle(`${cert.face.certificateName} ${cert.serialNo}`)
  doc.setProducer('小北 在线办事')
  const page = doc.addPage(A4)
  const [w, h] = A4
  const ink = rgb(0.1, 0.1, 0.1)
  const grey = rgb(0.4, 0.4, 0.4)
  const f = cert.face

  const title = f.certificateName
  page.drawText(title, { x: (w - font.widthOfTextAtSize(title, 28)) / 2, y: h - 120, size: 28, font, color: ink })
  const serial = `编号：${cert.serialNo}`
  page.drawText(serial, { x: w - MARGIN - font.widthOfTextAtSize(serial, 11), y: h - 160, size: 11, font, color: grey })

  let y = h - 220
  for (const line of breakLines(f.content, (t) => font.widthOfTextAtSize(t, 16), w - 2 * MARGIN)) {
    page.drawText(line, { x: MARGIN, y, size: 16, font, color: ink })
    y -= 30
  }

  const validity = f.validTo === '长期' ? '长期有效' : `有效期至${chineseDate(f.validTo)}`
  y -= 20
  page.drawText(validity, { x: MARGIN, y, size: 12, font, color: grey })

  const issuerY = 300
  page.drawText(f.issuingAuthorityName, {
    x: w - MARGIN - font.widthOfTextAtSize(f.issuingAuthorityName, 15),
    y: issuerY,
    size: 15,
    font,
    color: ink,
  })
  const date = chineseDate(f.issueDate)
  page.drawText(date, { x: w - MARGIN - font.widthOfTextAtSize(date, 15), y: issuerY - 26, size: 15, font, color: ink })
  const note = '（电子证明：以电子签名代替印章，扫码核验真伪）'
  page.drawText(note, {
    x: w - MARGIN - font.widthOfTextAtSize(note, 10),
    y: issuerY - 48,
    size: 10,
    font,
    color: grey,
  })

  // the QR: modules drawn as squares, bottom left
  const qr = qrcode(0, 'M')
  qr.addData(link)
  qr.make()
  const n = qr.getModuleCount()
  const side = 120
  const cell = side / n
  const qx = MARGIN
  const qy = 110
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.isDark(r, c))
        page.drawRectangle({ x: qx + c * cell, y: qy + (n - 1 - r) * cell, width: cell, height: cell, color: ink })
    }
  }
  page.drawText(`扫码核验 · 核验码 ${cert.verifyToken}`, { x: qx, y: qy - 18, size: 10, font, color: grey })
  page.drawText(`证照标识 ${cert.identifier}`, { x: MARGIN, y: 60, size: 9, font, color: grey })
  page.drawText(`签名 ${cert.algorithm} · 密钥 ${cert.keyId}`, { x: MARGIN, y: 46, size: 9, font, color: grey })
  return doc.save()
}

/**
 * The PDF's file id for the holder or the issuing community's staff: made on first ask and kept.
 * A revoked or superseded certificate has no PDF to hand out.
 */
export async function certificateFile(platform: Platform, caller: Caller, requestId: string) {
  const r = await loadRequest(platform.store, requestId)
  const mayHave =
    caller.userId === r.applicantId ||
    caller.userId === r.proxyId ||
    caller.scopes.some((s) => s.orgId === r.communityId && (s.role === 'community_admin' || s.role === 'grid_leader'))
  if (!mayHave) throw notFound('没有找到这条申请')
  if (!r.certificateId) throw new AppError('CONFLICT', '证明尚未出具')
  const cert = await certificatesOf(platform.store).get(r.certificateId)
  if (!cert) throw notFound('没有找到这份证明')
  if (cert.status !== 'valid') throw new AppError('CONFLICT', '该证明已撤销或已被替代，不能下载')
  if (cert.pdfFileId) return { fileId: cert.pdfFileId, url: await platform.files.url(cert.pdfFileId) }
  const font = await platform.cjkFont?.()
  if (!font) throw forbidden('本环境未配置中文字体（XIAOBEI_CJK_FONT），暂不能生成PDF')
  const settings = await certificateSettings(platform.store, r.streetId)
  const bytes = await renderCertificatePdf(cert, font, verifyLink(cert.verifyToken, settings.verifyBaseUrl ?? ''))
  const stored = await platform.files.put(bytes, { mime: 'application/pdf', ownerId: r.applicantId })
  const meta = await platform.store.collection('files').get(stored.fileId)
  if (meta) await attachFile(platform, meta)
  await certificatesOf(platform.store).patch(cert._id, { pdfFileId: stored.fileId })
  return { fileId: stored.fileId, url: await platform.files.url(stored.fileId) }
}
