/** Function `dev`: tools of the local runtime only (never deployed to CloudBase). */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { outbox } from './outbox'

export const { main, catalog, name } = defineFunction('dev', { outbox }, getPlatform)
