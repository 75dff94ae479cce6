/**
 * Hide a person's name but its first and last character: '王淑兰' → '王*兰', '欧阳娜娜' → '欧**娜',
 * '王兰' → '王*'. Empty stays ''.
 */
export function maskName(name: string | null | undefined): string {
  const chars = [...(name ?? '').trim()]
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
