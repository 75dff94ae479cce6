/** QR codes drawn on the device (no service is asked), and the page links they carry. */
import qrcode from 'qrcode-generator'
import { API_BASE, IS_H5 } from './env'

/** A QR code of `text` as an image data URL (GIF); `margin` in pixels, default two cells. */
export function qrDataUrl(text: string, cell = 6, margin = cell * 2): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(cell, margin)
}

/** The web link of an app page (H5: this site's own address; elsewhere the host's), e.g. for a QR. */
export function pageLink(pathWithQuery: string): string {
  const base =
    IS_H5 && typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname}` : `${API_BASE}/`
  return `${base}#${pathWithQuery}`
}
