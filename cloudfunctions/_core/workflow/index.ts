export { allowedActions, decide, type Verdict } from './decide'
export type { GuardFacts } from './guards'
export { type OrderParties, type Relation, relationsOf, STAFF_RELATIONS } from './relations'
export { type TableAction, TRANSITIONS } from './transitions'
