/** Deployable function `report`: what residents do with their reports (一键报事). */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { addPhotos } from './add-photos'
import { cancel } from './cancel'
import { categories } from './categories'
import { confirm } from './confirm'
import { contacts } from './contacts'
import { counts } from './counts'
import { detail } from './detail'
import { follow } from './follow'
import { mine } from './mine'
import { note } from './note'
import { nudge } from './nudge'
import { rate } from './rate'
import { reopen } from './reopen'
import { similar } from './similar'
import { submit } from './submit'

export const { main, catalog, name } = defineFunction(
  'report',
  {
    categories,
    submit,
    mine,
    counts,
    contacts,
    detail,
    similar,
    follow,
    confirm,
    rate,
    reopen,
    cancel,
    nudge,
    note,
    addPhotos,
  },
  getPlatform,
)
