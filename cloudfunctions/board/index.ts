/** Deployable function `board`: the quarterly 物业红黑榜 from draft through publicity and appeals to final. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { appeal } from './appeal'
import { checklist } from './checklist'
import { compute } from './compute'
import { decideAppeal } from './decide-appeal'
import { publish } from './publish'
import { quarter } from './quarter'
import { tasks } from './tasks'
import { veto } from './veto'

export const { main, catalog, name } = defineFunction(
  'board',
  { quarter, compute, publish, appeal, decideAppeal, veto, checklist, tasks },
  getPlatform,
)
