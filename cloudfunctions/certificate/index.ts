/** Deployable function `certificate`: online certificates (在线办事) from application to public verification. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'certificate',
  {
    types: () => import('./types').then((m) => m.types),
    apply: () => import('./apply').then((m) => m.apply),
    proxyResidents: () => import('./proxy-residents').then((m) => m.proxyResidents),
    mine: () => import('./mine').then((m) => m.mine),
    detail: () => import('./detail').then((m) => m.detail),
    withdraw: () => import('./withdraw').then((m) => m.withdraw),
    supplement: () => import('./supplement').then((m) => m.supplement),
    shareCode: () => import('./share-code').then((m) => m.shareCode),
    file: () => import('./file').then((m) => m.file),
    inbox: () => import('./inbox').then((m) => m.inbox),
    accept: () => import('./accept').then((m) => m.accept),
    notAccept: () => import('./not-accept').then((m) => m.notAccept),
    requestMore: () => import('./request-more').then((m) => m.requestMore),
    approve: () => import('./approve').then((m) => m.approve),
    refuse: () => import('./refuse').then((m) => m.refuse),
    revoke: () => import('./revoke').then((m) => m.revoke),
    reissue: () => import('./reissue').then((m) => m.reissue),
    checkPledge: () => import('./check-pledge').then((m) => m.checkPledge),
    saveType: () => import('./save-type').then((m) => m.saveType),
    listTypes: () => import('./list-types').then((m) => m.listTypes),
    verify: () => import('./verify').then((m) => m.verify),
  },
  getPlatform,
)
