/** Deployable function `certificate`: online certificates (在线办事) from application to public verification. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { accept } from './accept'
import { apply } from './apply'
import { approve } from './approve'
import { checkPledge } from './check-pledge'
import { detail } from './detail'
import { file } from './file'
import { inbox } from './inbox'
import { listTypes } from './list-types'
import { mine } from './mine'
import { notAccept } from './not-accept'
import { proxyResidents } from './proxy-residents'
import { refuse } from './refuse'
import { reissue } from './reissue'
import { requestMore } from './request-more'
import { revoke } from './revoke'
import { saveType } from './save-type'
import { shareCode } from './share-code'
import { supplement } from './supplement'
import { types } from './types'
import { verify } from './verify'
import { withdraw } from './withdraw'

export const { main, catalog, name } = defineFunction(
  'certificate',
  {
    types,
    apply,
    proxyResidents,
    mine,
    detail,
    withdraw,
    supplement,
    shareCode,
    file,
    inbox,
    accept,
    notAccept,
    requestMore,
    approve,
    refuse,
    revoke,
    reissue,
    checkPledge,
    saveType,
    listTypes,
    verify,
  },
  getPlatform,
)
