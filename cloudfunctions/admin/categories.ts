import { CategoriesInput } from '../../types/admin'
import { Category } from '../../types/catalog'
import { action } from '../_platform/kit/define'
import { adminStreetOf } from '../_services/admin-edits'
import { findAll } from '../_services/reference-sets'

/** The catalogue, retired categories included, each with the version an edit must name. */
export const categories = action({
  description: '报事类别目录（含停用）',
  input: CategoriesInput,
  roles: ['street_admin'],
  async run({ caller, platform }) {
    adminStreetOf(caller)
    const docs = await findAll(platform.store.collection('categories'), {})
    const items = docs
      .map((d) => ({ category: Category.parse(d), version: d._v }))
      .sort((a, b) => a.category.sort - b.category.sort)
    return { items }
  },
})
