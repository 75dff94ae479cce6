import * as z from 'zod/mini'
import { type CategoriesOutput, CategoryView } from '../../types/catalog'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { activeCategories } from '../_services/catalog'
import { popularCategories } from '../_services/popular-categories'
import { reportHomeOf } from '../_services/report-home'

/** The category catalogue, in display order, with the caller's home (报物业 only where a property company serves it). */
export const categories = action({
  description: '报事类别目录',
  input: z.object({}),
  roles: ANY_PERSON,
  async run({ caller, platform }): Promise<CategoriesOutput> {
    const [items, home] = await Promise.all([activeCategories(platform.store), reportHomeOf(platform.store, caller)])
    const streetId = caller.address?.streetId
    const popular = streetId ? await popularCategories(platform.store, streetId, items, platform.clock.now()) : []
    return { items: items.map((c) => CategoryView.parse(c)), home, popular }
  },
})
