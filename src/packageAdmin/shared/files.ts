/**
 * Spreadsheets in and out of the admin pages. Import: the admin picks an .xlsx (H5: the browser's
 * file picker; mini-program: a file from a chat) and it is uploaded like a photo, to `/api/_upload`,
 * which answers a fileId. Export: an action answers a fileId; its bytes come from `/api/_files/<id>`
 * with the caller's token (the export is stored as theirs), saved under a readable name.
 */
import Taro from '@tarojs/taro'
import { ApiError, getToken, uploadPhoto } from '../../api'
import { unwrap } from '../../api/errors'
import { API_BASE, IS_H5 } from '../../lib/env'

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** H5: opens the file picker; resolves to the chosen file, or null when the admin closes it. */
function pickInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = XLSX
    input.className = 'adm-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    }
    document.body.appendChild(input)
    input.click()
  })
}

async function uploadInBrowser(file: File): Promise<string> {
  const token = getToken()
  let res: Response
  try {
    res = await fetch(`${API_BASE}/api/_upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    })
  } catch {
    throw new ApiError('NETWORK', '表格上传失败，请检查网络后重试')
  }
  return unwrap<{ fileId: string }>(await res.json().catch(() => null)).fileId
}

/** Lets the admin choose an .xlsx and uploads it: `{ fileId, name }`, or null when nothing was chosen. */
export async function chooseAndUploadXlsx(): Promise<{ fileId: string; name: string } | null> {
  if (IS_H5) {
    const file = await pickInBrowser()
    if (!file) return null
    if (!/\.xlsx$/i.test(file.name)) throw new ApiError('INVALID_INPUT', '请选择 .xlsx 表格（Excel 2007 及以上）')
    return { fileId: await uploadInBrowser(file), name: file.name }
  }
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null)
  const file = picked?.tempFiles?.[0]
  if (!file) return null
  return { fileId: await uploadPhoto(file.path), name: file.name }
}

/** The link of a stored file (the local host; on H5 '' is the page's own origin). */
export const fileUrl = (fileId: string) => `${API_BASE}/api/_files/${encodeURIComponent(fileId)}`

/** Downloads an export under `name` (H5: the browser saves it; mini-program: opens it). */
export async function downloadFile(fileId: string, name: string): Promise<void> {
  const token = getToken()
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  if (IS_H5) {
    const res = await fetch(fileUrl(fileId), { headers: header }).catch(() => null)
    if (!res?.ok) throw new ApiError('NETWORK', '下载失败，请稍后重试')
    const url = URL.createObjectURL(await res.blob())
    const a = document.createElement('a')
    a.href = url
    a.download = name
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return
  }
  const file = await Taro.downloadFile({ url: fileUrl(fileId), header })
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
}
