import { z } from 'zod'
import { CategoryView } from '../../types/catalog'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { activeCategories } from '../_services/catalog'

/** The category catalogue, in display order. */
export const categories = action({
  description: '报事类别目录',
  input: z.object({}),
  roles: ANY_PERSON,
  async run({ platform }) {
    return (await activeCategories(platform.store)).map((c) => CategoryView.parse(c))
  },
})
