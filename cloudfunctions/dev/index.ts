/** Function `dev`: tools of the local runtime only (never deployed to CloudBase). */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'dev',
  { outbox: () => import('./outbox').then((m) => m.outbox) },
  getPlatform,
)
