/**
 * 告知承诺: the pledge receipt's text version (what the resident read) and the post-check sampling.
 * Pure: the random draw in [0, 1) comes in.
 */

/** A short, stable version of a pledge text: a change of the words is a new version. */
export function pledgeTextVersion(text: string): string {
  // FNV-1a, 32 bits: not a security hash, just a stable name for these exact words
  let h = 0x811c9dc5
  for (const ch of text.normalize('NFC')) {
    h ^= ch.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `v${h.toString(16).padStart(8, '0')}`
}

/** Whether a pledge is sampled for 事后核查: a share `rate` (0–1) of pledges, by a draw in [0, 1). */
export function isSampled(draw: number, rate: number): boolean {
  return draw < Math.min(Math.max(rate, 0), 1)
}
