/**
 * The 18-character 公民身份号码 (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character, and
 * how it is shown (masked). zod-free: the contract (types/certificate.ts), the core and the client use it.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/

/** Whether `id` (upper-case X) is a well-formed 18-character ID number with a right check character. */
export function isIdNumber(id: string): boolean {
  if (!ID_NUMBER_PATTERN.test(id)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]
  return CHECK[sum % 11] === id[17]
}

/** The check character for 17 digits (tests and fixtures build valid numbers with it). */
export function idNumberCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** '1501**********123X': the region's first four and the last four; never more. */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length)
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** '王*兰', '李*', '欧**锋': the first and (for three or more characters) the last character. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return chars.length ? '*' : ''
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
