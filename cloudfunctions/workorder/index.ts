/** Deployable function `workorder`: what staff do with orders, and the scheduled sweep. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { acknowledge } from './acknowledge'
import { buildings } from './buildings'
import { detail } from './detail'
import { duty } from './duty'
import { grab } from './grab'
import { holidayNotice } from './holiday-notice'
import { inbox } from './inbox'
import { patrol } from './patrol'
import { progress } from './progress'
import { reject } from './reject'
import { resolve } from './resolve'
import { returnOrder } from './return'
import { sweep } from './sweep'
import { targets } from './targets'
import { transfer } from './transfer'
import { escalate, whistle } from './whistle'
import { whistleReport } from './whistle-report'

export const { main, catalog, name } = defineFunction(
  'workorder',
  {
    inbox,
    detail,
    acknowledge,
    progress,
    resolve,
    transfer,
    return: returnOrder,
    reject,
    grab,
    whistle,
    /** @deprecated alias of `whistle` for one release */
    escalate,
    whistleReport,
    patrol,
    sweep,
    targets,
    buildings,
    duty,
    holidayNotice,
  },
  getPlatform,
)
