/**
 * The negative list guard: certificates a 社区 may not issue (民发〔2020〕20号 and a province's
 * extensions), as data passed in. A type whose name names a banned item can be neither saved nor
 * activated, and the refusal cites the circular. Pure.
 */
import type { NegativeList } from '../../../types/certificate'

export interface BannedMatch {
  item: string
  circular: string
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s·•（）()【】[\]]/g, '')

/** The first banned item the type's name (or code) names, or null. */
export function bannedMatch(type: { name: string; code?: string }, lists: readonly NegativeList[]): BannedMatch | null {
  const name = norm(type.name)
  for (const list of lists) {
    for (const item of list.items) {
      if (item.keywords.some((k) => name.includes(norm(k)))) return { item: item.name, circular: list.circular }
    }
  }
  return null
}

export function bannedMessage(typeName: string, m: BannedMatch): string {
  return `“${typeName}”属于${m.circular}所列社区不得出具的证明事项（${m.item}），不能保存或启用。请引导居民向有权机关办理或改用告知承诺。`
}
