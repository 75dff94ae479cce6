import { KpisInput } from '../../types/supervision'
import { action } from '../_platform/kit/define'
import { supervisionKpis } from '../_services/supervision/kpis'
import { SUPERVISION_ROLES } from '../_services/supervision/scope'

/** 考核指标: the KPIs of a scope over a period, by org one level below and by month. */
export const kpis = action({
  description: '督办考核指标（按时签收率、按时办结率、回访率、满意率、解决率、重办率、重复诉求率、退回率）',
  input: KpisInput,
  roles: SUPERVISION_ROLES,
  run: ({ input, caller, platform }) => supervisionKpis(platform, caller, input),
})
