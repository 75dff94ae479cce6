/** Deployable function `household`: binding a resident to a room (住户), and its verification. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { bind } from './bind'
import { importRoster } from './import-roster'
import { mine } from './mine'
import { pending } from './pending'
import { phoneFromWechat } from './phone-from-wechat'
import { places } from './places'
import { setCurrent } from './set-current'
import { unbind } from './unbind'
import { verify } from './verify'

export const { main, catalog, name } = defineFunction(
  'household',
  { places, bind, phoneFromWechat, mine, setCurrent, unbind, pending, verify, importRoster },
  getPlatform,
)
