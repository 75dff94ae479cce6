export { isValidMod37_36, mod37_36 } from './check-character'
export {
  addWorkingDays,
  endOfChinaDay,
  isOverdue,
  type Limit,
  pauseClock,
  type RequestClock,
  resumeClock,
  startClock,
  workingDaysBetween,
} from './clock'
export { buildFace, canonicalJson, chinaDate, effectiveStatus, fillTemplate, validUntilOf } from './face'
export {
  type ActorFacts,
  type Decision,
  decide,
  ownHouseholdConflict,
  type Refusal,
  type RequestFacts,
  relationsOf,
  staffActionsOf,
  tapPlan,
} from './guards'
export { formatIdentifier, type IdentifierParts, parseIdentifier } from './identifier'
export { breakLines } from './line-break'
export { bannedMatch, bannedMessage } from './negative-list'
export { isSampled, pledgeTextVersion } from './pledge'
export {
  certificateIdOf,
  formatSerialNo,
  issueYear,
  isVerifyToken,
  parseSerialNo,
  serialCounterKey,
  VERIFY_TOKEN_LENGTH,
  verifyTokenOf,
} from './serial'
export { CLOCK_RUNS, REQUEST_TRANSITIONS, type RequestRelation, stepsFor } from './transitions'
