/**
 * A street's package: what `npm run setup -- --street <dir>` loads into a deployment, one JSON file
 * each (streets/haibei/ is the demo street's). Its places are a tree (community › grid › estate ›
 * building); a street, community and grid are also orgs under the same id (docs/architecture.md,
 * "Org and place"); property companies and departments are orgs only. No people: staff arrive by
 * invite, residents by signing in.
 */
import * as z from 'zod/mini'
import { Category, RoutingRule } from './catalog'

const Id = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, '编号只能用小写字母、数字、“-”和“_”（2–64 个字符），如 cm-beiyuan'),
  )
const Name = z.string().check(z.trim(), z.minLength(1, '名称不能为空'), z.maxLength(40))

export const PackageBuilding = z.object({
  id: Id,
  name: Name,
  /** e.g. ['1单元', '2单元']; empty when the building has no units */
  units: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))), []),
})
export const PackageEstate = z.object({
  id: Id,
  name: Name,
  /** the property company serving it (orgs.json), or null for 无物业小区 */
  propertyCompanyId: z._default(z.nullable(Id), null),
  buildings: z.array(PackageBuilding),
})
/** a grid's or community's public service phone (网格公示牌 / 社区服务电话), shown to its residents */
const ServicePhone = z.optional(z.string().check(z.trim(), z.regex(/^[0-9-]{5,20}$/, '电话只填数字和“-”')))
export const PackageGrid = z.object({ id: Id, name: Name, phone: ServicePhone, estates: z.array(PackageEstate) })
export const PackageCommunity = z.object({ id: Id, name: Name, phone: ServicePhone, grids: z.array(PackageGrid) })

/** places.json */
export const PlacesFile = z.object({
  street: z.object({ id: Id, name: Name }),
  communities: z.array(PackageCommunity).check(z.minLength(1, '至少要有一个社区')),
})
export type PlacesFile = z.infer<typeof PlacesFile>

/** orgs.json */
export const OrgsFile = z.object({
  propertyCompanies: z._default(
    z.array(z.object({ id: Id, name: Name, phone: z.optional(z.string().check(z.trim(), z.maxLength(30))) })),
    [],
  ),
  departments: z._default(z.array(z.object({ id: Id, name: Name })), []),
})
export type OrgsFile = z.infer<typeof OrgsFile>

/** categories.json: `sort` defaults to the file's order, `active` to true */
export const CategoriesFile = z.array(
  z.extend(Category, { sort: z.optional(z.int()), active: z.optional(z.boolean()) }),
)
export type CategoriesFile = z.infer<typeof CategoriesFile>

/** routing-rules.json */
export const RoutingRulesFile = z.array(RoutingRule)

/** settings.json: settings documents by id, e.g. `{ "_id": "workflow:<street id>", "orderPrefix": "HB" }` */
export const SettingsFile = z.array(
  z.looseObject({ _id: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }),
)

export const StreetPackage = z.object({
  places: PlacesFile,
  orgs: OrgsFile,
  categories: CategoriesFile,
  routingRules: RoutingRulesFile,
  settings: z._default(SettingsFile, []),
})
export type StreetPackage = z.infer<typeof StreetPackage>

/** The file each part is read from. */
export const PACKAGE_FILES = {
  places: 'places.json',
  orgs: 'orgs.json',
  categories: 'categories.json',
  routingRules: 'routing-rules.json',
  settings: 'settings.json',
} as const satisfies Record<keyof StreetPackage, string>
