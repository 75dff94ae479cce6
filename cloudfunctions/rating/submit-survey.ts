import { SubmitSurveyInput } from '../../types/rating'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { submitSurvey as submit } from '../_services/rating/survey'

/** 提交问卷: one per household per quarter; a second replaces the first; flagged ones are held. */
export const submitSurvey = action({
  description: '提交本季度物业满意度问卷（再次提交将替换上一份）',
  input: SubmitSurveyInput,
  roles: ANY_PERSON,
  texts: (input) => [input.comment],
  run: ({ input, caller, platform, context }) => submit(platform, caller, input, context),
})
