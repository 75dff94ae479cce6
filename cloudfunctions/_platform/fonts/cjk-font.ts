/**
 * The CJK font a certificate's PDF embeds (a subset of it: only the characters used). CloudBase has
 * no system fonts, so the font is configuration: XIAOBEI_CJK_FONT names a TTF/OTF/TTC file (on
 * CloudBase, a path inside the deployed function folder). Locally it defaults to WenQuanYi Micro Hei
 * from the system (apt `fonts-wqy-microhei`). No font: the PDF action says so instead of drawing boxes.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export const DEFAULT_LOCAL_CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

/** A loader of the font bytes, read once per process; null when the file is missing. */
export function cjkFontFrom(file: string | undefined, baseDir = process.cwd()): () => Promise<Uint8Array | null> {
  let bytes: Promise<Uint8Array | null> | undefined
  return () => {
    if (!file) return Promise.resolve(null)
    const full = path.resolve(baseDir, file)
    bytes ??= existsSync(full) ? readFile(full).then((b) => new Uint8Array(b)) : Promise.resolve(null)
    return bytes
  }
}
