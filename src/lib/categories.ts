/** The category catalogue (`report.categories`), fetched once per app run and shared by pages. */
import type { CategoriesOutput, CategoryGroup, CategoryView, Channel, ReportHome } from '../../types/catalog'
import { call } from '../api'

let cached: Promise<CategoriesOutput> | null = null

function loadCatalogue(force: boolean): Promise<CategoriesOutput> {
  if (!cached || force) {
    cached = call<unknown>('report', 'categories').then(normalize)
    cached.catch(() => {
      cached = null
    })
  }
  return cached
}

export const loadCategories = (force = false): Promise<CategoryView[]> => loadCatalogue(force).then((o) => o.items)

/** The caller's home as the form needs it (无物业小区: no 报物业); null without a bound address. */
export const loadReportHome = (force = false): Promise<ReportHome | null> => loadCatalogue(force).then((o) => o.home)

/** The street's most reported categories, most first (长辈模式's big tiles); the catalogue's first ones without a ranking. */
export const loadPopular = (force = false): Promise<CategoryView[]> =>
  loadCatalogue(force).then((o) => {
    const byCode = new Map(o.items.map((c) => [c.code, c]))
    const ranked = (o.popular ?? []).map((code) => byCode.get(code)).filter((c): c is CategoryView => !!c)
    return ranked.length ? ranked : o.items.slice(0, 6)
  })

function normalize(out: unknown): CategoriesOutput {
  if (Array.isArray(out)) return { items: out as CategoryView[], home: null }
  const o = out as {
    items?: CategoryView[]
    categories?: CategoryView[]
    home?: ReportHome | null
    popular?: string[]
  } | null
  return { items: o?.items ?? o?.categories ?? [], home: o?.home ?? null, popular: o?.popular ?? [] }
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

/** In an estate with no property company every report goes to the community's grid worker: say so. */
export const NO_PROPERTY_CHANNEL_LABEL = '报社区/网格员（本小区无物业）'

/** The submit button: 提交（报物业）, or in a 无物业小区 提交 · 报社区/网格员（本小区无物业） (no nested brackets). */
export function submitLabel(channel: Channel, home: Pick<ReportHome, 'hasProperty'> | null): string {
  return home && !home.hasProperty ? `提交 · ${NO_PROPERTY_CHANNEL_LABEL}` : `提交（${CHANNEL_LABEL[channel]}）`
}

/** The channel actually used: 报物业 does not exist where no property company serves the estate. */
export function effectiveChannel(channel: Channel, home: Pick<ReportHome, 'hasProperty'> | null): Channel {
  return home && !home.hasProperty ? 'grid' : channel
}
