import { SurveyInput } from '../../types/rating'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { surveyOf } from '../_services/rating/survey'

/** 物业满意度问卷: this quarter's questions for the company serving the caller's verified household. */
export const survey = action({
  description: '本季度物业满意度问卷（已核实住户）',
  input: SurveyInput,
  roles: ANY_PERSON,
  run: ({ caller, platform }) => surveyOf(platform, caller),
})
