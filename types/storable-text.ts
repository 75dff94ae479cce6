/** zod-free, so store adapters and the CloudBase runtime file can use it without bundling zod. */
/**
 * Text a database cannot store: a NUL character (PostgreSQL text and jsonb refuse it) or a lone
 * UTF-16 surrogate (not valid Unicode, refused by jsonb). Such input is INVALID_INPUT at the boundary.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text)
}

/**
 * The path of the first string (value or object key) anywhere in `value` that cannot be stored, or
 * null. Iterative, so input nested thousands of levels deep costs no stack.
 */
export function unstorableTextAt(value: unknown): Array<string | number> | null {
  interface Node {
    value: unknown
    parent: Node | null
    key: string | number
  }
  const pathOf = (node: Node, key?: string): Array<string | number> => {
    const out: Array<string | number> = key === undefined ? [] : [key]
    for (let n: Node | null = node; n?.parent; n = n.parent) out.unshift(n.key)
    return out
  }
  const stack: Node[] = [{ value, parent: null, key: '' }]
  for (let node = stack.pop(); node; node = stack.pop()) {
    const v = node.value
    if (typeof v === 'string') {
      if (!isStorableText(v)) return pathOf(node)
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: node, key: i })
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, child] of Object.entries(v)) {
        if (!isStorableText(key)) return pathOf(node, key)
        stack.push({ value: child, parent: node, key })
      }
    }
  }
  return null
}
