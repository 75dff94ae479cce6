export { RoutingError } from './errors'
export { route } from './route'
export type {
  EstateInput,
  OrgInput,
  OrgKind,
  RouteDecision,
  RouteRequest,
  RoutingWorldInput,
  StaffInput,
} from './types'
export { buildRoutingWorld, type RoutingWorld, type StaffPick, TAKER_ROLE, takerKey } from './world'
