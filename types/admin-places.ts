/**
 * Street administration of places and orgs (function `admin`): communities, grids, estates and
 * buildings, property companies and departments with their contacts and on-duty rosters, the
 * places' .xlsx import and export, and the audit trail's export. Every edit carries the version it
 * was made against and appends an audit row (see types/admin.ts).
 */
import * as z from 'zod/mini'
import { FILE_ID_PATTERN } from './file-id'

/** the ids a street package uses too (types/street-package.ts) */
export const PlaceCode = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, '编号只能用小写字母、数字、“-”和“_”（2–64 个字符），如 es-botai'),
  )
const Name = z.string().check(z.trim(), z.minLength(1, '名称不能为空'), z.maxLength(40, '名称最多40个字'))
const Version = z.int().check(z.positive())
const Phone = z.string().check(z.trim(), z.regex(/^[0-9-]{5,20}$/, '电话只填数字和“-”，如 0473-1234567 或 13900000000'))
const Unit = z.string().check(z.trim(), z.minLength(1), z.maxLength(20))

export const PlaceKind = z.enum(['community', 'grid', 'estate', 'building'])
export type PlaceKind = z.infer<typeof PlaceKind>
export const PLACE_KIND_LABEL: Record<PlaceKind, string> = {
  community: '社区',
  grid: '网格',
  estate: '小区',
  building: '楼栋',
}

/** a place as an admin edits it; its parent is named by id */
export const PlaceDraft = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('community'), id: PlaceCode, name: Name }),
  z.object({ kind: z.literal('grid'), id: PlaceCode, name: Name, communityId: PlaceCode }),
  z.object({
    kind: z.literal('estate'),
    id: PlaceCode,
    name: Name,
    gridId: PlaceCode,
    /** null: 无物业小区, its reports fall back to the community */
    propertyCompanyId: z.nullable(PlaceCode),
  }),
  z.object({
    kind: z.literal('building'),
    id: PlaceCode,
    name: Name,
    estateId: PlaceCode,
    units: z._default(z.array(Unit).check(z.maxLength(50, '一栋楼最多50个单元')), []),
  }),
])
export type PlaceDraft = z.infer<typeof PlaceDraft>

export const SavePlaceInput = z.object({
  place: PlaceDraft,
  expectedVersion: z.optional(Version),
  /**
   * when an estate's property company changes: also transfer its open orders held by the old company
   * to the new one (each with a timeline event). Default: they stay where they are.
   */
  moveOpenOrders: z._default(z.boolean(), false),
})
export type SavePlaceInput = z.input<typeof SavePlaceInput>
export const SavePlaceOutput = z.object({
  id: z.string(),
  version: z.int(),
  /** open orders of the estate still held by its old property company */
  openOrders: z.object({ count: z.int(), numbers: z.array(z.string()) }),
  moved: z.int(),
})
export type SavePlaceOutput = z.infer<typeof SavePlaceOutput>

export const PlacesInput = z.object({
  kind: z.optional(PlaceKind),
  parentId: z.optional(PlaceCode),
  /** part of a name or an id */
  q: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  limit: z._default(z.int().check(z.gte(1), z.lte(1000)), 300),
})
export const PlaceRow = z.object({
  id: z.string(),
  kind: PlaceKind,
  name: z.string(),
  parentId: z.string(),
  parentName: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  propertyCompanyId: z.nullable(z.string()),
  propertyCompanyName: z.nullable(z.string()),
  units: z.array(z.string()),
  version: z.int(),
})
export type PlaceRow = z.infer<typeof PlaceRow>
export const PlacesOutput = z.object({ items: z.array(PlaceRow), truncated: z.boolean() })

export const ImportPlacesInput = z.object({ fileId: z.string().check(z.regex(FILE_ID_PATTERN, '文件编号格式有误')) })
export const PLACES_MAX_ROWS = 2000
/** the sheet's columns, in order: what export writes and import reads */
export const PLACE_COLUMNS = [
  { key: 'communityId', header: '社区编号' },
  { key: 'communityName', header: '社区名称' },
  { key: 'gridId', header: '网格编号' },
  { key: 'gridName', header: '网格名称' },
  { key: 'estateId', header: '小区编号' },
  { key: 'estateName', header: '小区名称' },
  { key: 'propertyCompanyId', header: '物业公司编号' },
  { key: 'buildingId', header: '楼栋编号' },
  { key: 'buildingName', header: '楼栋名称' },
  { key: 'units', header: '单元（用顿号分隔）' },
] as const
export const ImportRowStatus = z.enum(['created', 'updated', 'unchanged', 'refused'])
export const ImportPlacesOutput = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  refused: z.int(),
  rows: z.array(z.object({ row: z.int(), status: ImportRowStatus, reason: z.optional(z.string()) })),
})
export type ImportPlacesOutput = z.infer<typeof ImportPlacesOutput>
export const ExportInput = z.object({})
export const FileOutput = z.object({ fileId: z.string(), rows: z.int() })

export const EditableOrgKind = z.enum(['property', 'department'])
export type EditableOrgKind = z.infer<typeof EditableOrgKind>
export const Contact = z.object({
  name: z.string().check(z.trim(), z.minLength(1, '请填写联系人'), z.maxLength(20)),
  phone: Phone,
  title: z.optional(z.string().check(z.trim(), z.maxLength(20))),
})
/** who is on duty on a weekday (1 = 周一 … 7 = 周日) */
export const DutyEntry = z.object({
  weekday: z.int().check(z.gte(1), z.lte(7)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  phone: Phone,
})
export const OrgDraft = z.object({
  id: PlaceCode,
  kind: EditableOrgKind,
  name: Name,
  phone: z._default(z.nullable(Phone), null),
  contacts: z._default(z.array(Contact).check(z.maxLength(10, '联系人最多10位')), []),
  duty: z._default(z.array(DutyEntry).check(z.maxLength(70, '值班表最多70条')), []),
})
export type OrgDraft = z.infer<typeof OrgDraft>
export const SaveOrgInput = z.object({ org: OrgDraft, expectedVersion: z.optional(Version) })
export const OrgsInput = z.object({
  kind: z.optional(EditableOrgKind),
  q: z.optional(z.string().check(z.trim(), z.maxLength(40))),
})
export const OrgRow = z.extend(OrgDraft, {
  /** estates a property company serves */
  estates: z.array(z.object({ id: z.string(), name: z.string() })),
  version: z.int(),
})
export type OrgRow = z.infer<typeof OrgRow>
export const OrgsOutput = z.object({ items: z.array(OrgRow) })

/** Before an estate's property company is changed: what its current company still has in hand there. */
export const EstateOpenOrdersInput = z.object({ id: PlaceCode })
export type EstateOpenOrdersInput = z.input<typeof EstateOpenOrdersInput>
export const EstateOpenOrdersOutput = z.object({
  /** the estate's property company today; null for 无物业 (then there is nothing to move) */
  companyId: z.nullable(z.string()),
  count: z.int(),
  /** the order numbers, oldest first, at most 20 */
  numbers: z.array(z.string()),
})
export type EstateOpenOrdersOutput = z.infer<typeof EstateOpenOrdersOutput>
