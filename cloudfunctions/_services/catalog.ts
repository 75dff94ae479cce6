/** The category catalogue as stored (collection `categories`, seeded from _seed/categories.ts). */
import { Category } from '../../types/catalog'
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

export async function categoryOf(store: Store, code: string): Promise<Category> {
  const found = (await activeCategories(store)).find((c) => c.code === code)
  if (!found) throw invalidInput('没有这个报事类别')
  return found
}
