import { ProxyResidentsInput } from '../../types/certificate-proxy'
import { action } from '../_platform/kit/define'
import { proxyResidents as residentsOfMyGrids } from '../_services/certificates/proxy-residents'
import { PROXY_APPLICANT } from './roles'

/** 代办: the verified residents of the caller's own grids, by building, and the certificates they may apply for. */
export const proxyResidents = action({
  description: '代办证明：本网格可代办的居民（按楼栋）和可办的证明',
  input: ProxyResidentsInput,
  roles: PROXY_APPLICANT,
  run: ({ caller, platform }) => residentsOfMyGrids(platform, caller),
})
