/** The category catalogue (`report.categories`), fetched once per app run and shared by pages. */
import type { CategoryGroup, CategoryView, Channel } from '../../types/catalog'
import { call } from '../api'

let cached: Promise<CategoryView[]> | null = null

export function loadCategories(force = false): Promise<CategoryView[]> {
  if (!cached || force) {
    cached = call<unknown>('report', 'categories').then(normalize)
    cached.catch(() => {
      cached = null
    })
  }
  return cached
}

function normalize(out: unknown): CategoryView[] {
  if (Array.isArray(out)) return out as CategoryView[]
  const o = out as { items?: CategoryView[]; categories?: CategoryView[] } | null
  return o?.items ?? o?.categories ?? []
}

export const GROUP_ORDER: CategoryGroup[] = ['公共设施', '环境卫生', '安全隐患', '矛盾纠纷', '物业服务']

export function groupCategories(list: CategoryView[]): { group: CategoryGroup; items: CategoryView[] }[] {
  return GROUP_ORDER.map((group) => ({ group, items: list.filter((c) => c.group === group) })).filter(
    (g) => g.items.length,
  )
}

/** Which entry a category belongs to: property categories go to 报物业, everything else to 报网格员. */
export function channelOf(category: Pick<CategoryView, 'defaultHandler'>): Channel {
  return category.defaultHandler === 'property' ? 'property' : 'grid'
}

export const CHANNEL_LABEL: Record<Channel, string> = { property: '报物业', grid: '报网格员' }
