export { flagSurvey, type SurveyCandidate } from './anti-gaming'
export { type BoardTask, tasksOfFinalBoard } from './consequences'
export { GRADE_FLOORS, gradeOf, gradeOrder, listOf } from './grades'
export { clamp01, meanOf, rate, round, shrink, wilsonLower } from './maths'
export { boardOpen, NEXT_STAGE, publicityEndsAt, publishRefusal } from './publicity'
export {
  lastEndedQuarter,
  parseQuarter,
  previousQuarter,
  quarterDays,
  quarterEnded,
  quarterOf,
  quarterRange,
} from './quarters'
export { type CompanyFacts, rankBoard, scoreBoard } from './score'
