export * from './changes'
export { allowedActions, decide, decideSteps, type Step, SYSTEM_RELATIONS, type Verdict } from './decide'
export * from './follow-up'
export { type GuardFacts, orderFacts } from './guards'
export { handledCategoryCodes } from './handled-categories'
export { decideOnSpot, type OnSpotInput, onSpotChange, onSpotFacts } from './on-spot'
export { baseDeadline, minDeadline, NO_DEADLINE } from './order-deadlines'
export { type OrderParties, type Relation, relationsOf, STAFF_RELATIONS } from './relations'
export {
  groupTargets,
  type OrderPlace,
  type TargetGroup,
  type TargetOrg,
  targetGroupOf,
  transferTargets,
} from './targets'
export { SYSTEM_ONLY, type TableAction, TRANSITIONS } from './transitions'
