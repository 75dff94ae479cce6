/**
 * Hide the middle of a phone number: '13804731234' → '138****1234', '0473-3100001' → '047****0001'.
 * Numbers too short to mask meaningfully become '****'; null/undefined/'' stay null.
 */
export function maskPhone(phone: string): string
export function maskPhone(phone: string | null | undefined): string | null
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const p = phone.trim()
  if (p.length < 8) return '****'
  return `${p.slice(0, 3)}****${p.slice(-4)}`
}
