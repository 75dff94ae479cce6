/**
 * ISO 7064 MOD 37,36 (hybrid system, M = 36) over the alphabet 0–9 A–Z: the check character of a
 * GB/T 36904 e-certificate identifier. Pure.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const M = 36

function codeOf(ch: string): number {
  const v = ALPHABET.indexOf(ch)
  if (v < 0) throw new RangeError(`不是 0–9 或 A–Z 的字符：${ch}`)
  return v
}

/** The product remainder after `text` (the running state of the hybrid system). */
function run(text: string): number {
  let p = M
  for (const ch of text) {
    let s = (p + codeOf(ch)) % M
    if (s === 0) s = M
    p = (s * 2) % (M + 1)
  }
  return p
}

/** The check character to append to `body`. */
export function mod37_36(body: string): string {
  return ALPHABET[(M + 1 - run(body)) % M]
}

/** Whether `text` (body and check character) passes the check. */
export function isValidMod37_36(text: string): boolean {
  if (text.length < 2 || /[^0-9A-Z]/.test(text)) return false
  const p = run(text.slice(0, -1))
  return (p + codeOf(text.slice(-1))) % M === 1
}
