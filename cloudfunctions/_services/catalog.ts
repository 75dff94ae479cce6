/** The category catalogue as stored (collection `categories`, seeded from _seed/categories.ts). */
import { Category } from '../../types/catalog'
import type { CategorySnapshot } from '../../types/workorder'
import { invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'
import { cachedRead } from './reference-cache'

export function activeCategories(store: Store): Promise<Category[]> {
  return cachedRead(store, 'categories', async () => {
    const page = await store
      .collection('categories')
      .find({ where: { active: true }, orderBy: [['sort', 'asc']], limit: 500 })
    return page.items.map((doc) => Category.parse(doc))
  })
}

/** An active category, for a new report: a retired one cannot be chosen any more. */
export async function categoryOf(store: Store, code: string): Promise<Category> {
  const found = (await activeCategories(store)).find((c) => c.code === code)
  if (!found) throw invalidInput('没有这个报事类别')
  return found
}

/** Every category, retired ones included, by code: what existing orders may still need to look up. */
export function allCategories(store: Store): Promise<Map<string, Category>> {
  return cachedRead(store, 'categories:all', async () => {
    const page = await store.collection('categories').find({ orderBy: [['sort', 'asc']], limit: 1000 })
    return new Map(page.items.map((doc) => [String(doc.code), Category.parse(doc)]))
  })
}

export async function categoryByCode(store: Store, code: string): Promise<Category | null> {
  return (await allCategories(store)).get(code) ?? null
}

/** What an order keeps of its category at submit (see CategorySnapshot). */
export const snapshotOf = (category: Category): CategorySnapshot => ({
  name: category.name,
  urgent: category.urgent,
  acknowledgeHours: category.acknowledgeHours,
  resolveHours: category.resolveHours,
  afterPhotoRequired: category.afterPhotoRequired,
})

/**
 * The category terms an existing order works by: its own snapshot; for an order filed before
 * orders carried one, the category as stored now, retired or not.
 */
export async function orderCategory(
  store: Store,
  order: { categoryCode: string; categoryName: string; urgent: boolean; category?: CategorySnapshot },
): Promise<CategorySnapshot> {
  if (order.category) return order.category
  const found = await categoryByCode(store, order.categoryCode)
  if (found) return snapshotOf(found)
  // not even retired: it was deleted. Keep the order workable on the default working-time terms.
  return {
    name: order.categoryName,
    urgent: order.urgent,
    acknowledgeHours: 4,
    resolveHours: 24,
    afterPhotoRequired: false,
  }
}
