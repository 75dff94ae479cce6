/**
 * Hide the middle of a phone number. Only an 11-digit mainland mobile keeps 3 + 4 digits
 * ('13804731234' → '138****1234'); any other number keeps at most 2 + 2 digits and only when it has
 * at least 8 digits, so no more than half of it shows ('0473-3100001' → '04******01'); shorter or
 * odd input becomes '****'. null/undefined/'' stay null.
 */
export function maskPhone(phone: string): string
export function maskPhone(phone: string | null | undefined): string | null
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  // a mobile written with the country code is still a mobile
  const digits = phone.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  if (/^\+?\d{8,}$/.test(digits)) {
    const bare = digits.replace(/^\+/, '')
    return `${bare.slice(0, 2)}${'*'.repeat(bare.length - 4)}${bare.slice(-2)}`
  }
  return '****'
}
