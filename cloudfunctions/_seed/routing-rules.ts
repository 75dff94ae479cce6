/**
 * The demo street's routing rules (data, not code), from its package
 * (streets/haibei/routing-rules.json): one default per category, then a few estate overrides, then
 * a catch-all. The most specific active rule wins (estate+category > estate > category > any), then
 * the highest priority. See cloudfunctions/_core/routing for how the resident's channel is honoured.
 */
import type { RoutingRule } from '../../types/catalog'
import { HAIBEI } from './haibei'

export const routingRules: RoutingRule[] = HAIBEI.routingRules
