/**
 * Local content check: a keyword list for text and type/size checks for images (the upload already
 * sniffed magic bytes). The list is data a street can extend; it blocks abuse, not opinions.
 */

import { MAX_PHOTO_BYTES, sniffImage } from '../files/sniff'
import type { ContentCheckPort, FilesPort } from '../ports'

export const DEFAULT_BLOCKED_WORDS = ['赌博', '博彩', '代开发票', '办证刻章', '色情', '枪支', '毒品', '法轮']

export function createKeywordContentCheck(options: { files: FilesPort; words?: string[] }): ContentCheckPort {
  const words = options.words ?? DEFAULT_BLOCKED_WORDS
  return {
    async text(text) {
      const hit = words.find((w) => text.includes(w))
      return hit ? { ok: false, reason: '内容包含不适宜发布的词语，请修改后再提交' } : { ok: true }
    },
    async image(fileId) {
      const file = await options.files.get(fileId)
      if (!file) return 'reject'
      return file.bytes.byteLength <= MAX_PHOTO_BYTES && sniffImage(file.bytes) ? 'pass' : 'reject'
    },
  }
}
