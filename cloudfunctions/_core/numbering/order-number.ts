import { chinaDateCompact } from '../deadlines/china-time'

/** 'HB-20261122-0007': prefix, the China-local date, a per-day sequence (4 digits, more if needed). */
export function formatOrderNumber(prefix: string, at: Date, seq: number): string {
  return `${prefix}-${chinaDateCompact(at)}-${String(seq).padStart(4, '0')}`
}

/** The counter document holding that day's sequence, e.g. 'wo-HB-20261122'. */
export function counterKeyOf(prefix: string, at: Date): string {
  return `wo-${prefix}-${chinaDateCompact(at)}`
}
