/** The category catalogue as stored (collection `categories`, seeded from _seed/categories.ts). */
import { Category } from '../../types/catalog'
import { invalidInput } from '../_platform/kit/errors'
import type { Store } from '../_platform/store/port'

export async function activeCategories(store: Store): Promise<Category[]> {
  const page = await store
    .collection('categories')
    .find({ where: { active: true }, orderBy: [['sort', 'asc']], limit: 500 })
  return page.items.map((doc) => Category.parse(doc))
}

export async function categoryOf(store: Store, code: string): Promise<Category> {
  const doc = await store.collection('categories').get(code)
  const parsed = Category.safeParse(doc)
  if (!doc || !parsed.success || !parsed.data.active) throw invalidInput('没有这个报事类别')
  return parsed.data
}
