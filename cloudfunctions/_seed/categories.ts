/**
 * The demo street's category catalogue (data, not code), from its package
 * (streets/haibei/categories.json). Deadlines are hours: working hours for ordinary categories,
 * calendar hours for urgent ones. `sort` orders the home-page grid within a group.
 */
import type { Category } from '../../types/catalog'
import { HAIBEI } from './haibei'
import { categoriesOf } from './street-package'

export const categories: Category[] = categoriesOf(HAIBEI)
