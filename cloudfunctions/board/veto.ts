import { VetoInput } from '../../types/board'
import { action } from '../_platform/kit/define'
import { recordVeto } from '../_services/board/scorecards'

/** 一票否决: a serious safety incident, illegal charging or three unremedied yellow cards, with evidence. */
export const veto = action({
  description: '记录一票否决（须附证据）',
  input: VetoInput,
  roles: ['street_admin'],
  texts: (input) => [input.note, ...input.evidence],
  run: ({ input, caller, platform, requestId }) => recordVeto(platform, caller, input, requestId),
})
