/**
 * The demo street's package, 海北街道 (streets/haibei/): the one source of its places, orgs,
 * categories, routing rules and settings, for `npm run setup -- --street streets/haibei` and for the
 * demo seed alike. Its people are demo data of their own (street.ts) and never part of the package.
 */
import categories from '../../streets/haibei/categories.json'
import orgs from '../../streets/haibei/orgs.json'
import places from '../../streets/haibei/places.json'
import routingRules from '../../streets/haibei/routing-rules.json'
import settings from '../../streets/haibei/settings.json'
import { StreetPackage } from '../../types/street-package'

export const HAIBEI: StreetPackage = StreetPackage.parse({ places, orgs, categories, routingRules, settings })
