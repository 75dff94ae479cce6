/**
 * A street's package (types/street-package.ts) as store documents, and writing them: what
 * `npm run setup -- --street <dir>` does on every runtime, and what the demo seed does with the
 * demo street's package (streets/haibei/). Writing is idempotent: a document that is missing is
 * inserted, one that differs gets the package's fields, one that is the same is left alone.
 */
import type { Category, RoutingRule } from '../../types/catalog'
import type { PlacesFile, StreetPackage } from '../../types/street-package'
import { isStoreConflict, type Store } from '../_platform/store/port'

type Doc = { _id: string } & Record<string, unknown>

/** The places of the tree, by kind, as stored (each level names its street, community and grid). */
export function placeDocsOf(places: PlacesFile) {
  const streetId = places.street.id
  const street = { _id: streetId, kind: 'street' as const, name: places.street.name, parentId: '' }
  const communities = places.communities.map((c) => ({
    _id: c.id,
    kind: 'community' as const,
    name: c.name,
    parentId: streetId,
    communityId: c.id,
    ...(c.phone ? { phone: c.phone } : {}),
  }))
  const grids = places.communities.flatMap((c) =>
    c.grids.map((g) => ({
      _id: g.id,
      kind: 'grid' as const,
      name: g.name,
      parentId: c.id,
      communityId: c.id,
      ...(g.phone ? { phone: g.phone } : {}),
    })),
  )
  const estates = places.communities.flatMap((c) =>
    c.grids.flatMap((g) =>
      g.estates.map((e) => ({
        _id: e.id,
        kind: 'estate' as const,
        name: e.name,
        parentId: g.id,
        gridId: g.id,
        communityId: c.id,
        streetId,
        propertyCompanyId: e.propertyCompanyId,
      })),
    ),
  )
  const buildings = places.communities.flatMap((c) =>
    c.grids.flatMap((g) =>
      g.estates.flatMap((e) =>
        e.buildings.map((b) => ({
          _id: b.id,
          kind: 'building' as const,
          name: b.name,
          parentId: e.id,
          estateId: e.id,
          gridId: g.id,
          communityId: c.id,
          streetId,
          units: b.units,
        })),
      ),
    ),
  )
  return { street, communities, grids, estates, buildings }
}

/** The orgs of the package: its street, communities and grids (same ids as the places), companies, departments. */
export function orgDocsOf(pkg: Pick<StreetPackage, 'places' | 'orgs'>) {
  const { street, communities, grids } = placeDocsOf(pkg.places)
  const propertyCompanies = pkg.orgs.propertyCompanies.map((p) => ({
    _id: p.id,
    kind: 'property' as const,
    name: p.name,
    parentId: street._id,
    ...(p.phone ? { phone: p.phone } : {}),
  }))
  const departments = pkg.orgs.departments.map((d) => ({
    _id: d.id,
    kind: 'department' as const,
    name: d.name,
    parentId: street._id,
  }))
  return { street, communities, grids, propertyCompanies, departments }
}

export function categoriesOf(pkg: Pick<StreetPackage, 'categories'>): Category[] {
  return pkg.categories.map((c, i) => ({ ...c, sort: c.sort ?? (i + 1) * 10, active: c.active ?? true }))
}

/** Every document the package writes, per collection. */
export function packageDocs(pkg: StreetPackage): Record<string, Doc[]> {
  const p = placeDocsOf(pkg.places)
  const o = orgDocsOf(pkg)
  return {
    places: [
      { ...p.street, communityId: '', gridId: '' },
      ...p.communities.map((c) => ({ ...c, gridId: '' })),
      ...p.grids.map((g) => ({ ...g, gridId: g._id })),
      ...p.estates,
      ...p.buildings,
    ],
    orgs: [
      { ...o.street, communityId: '' },
      ...o.communities,
      ...o.grids,
      ...o.propertyCompanies.map((x) => ({ ...x, communityId: '' })),
      ...o.departments.map((x) => ({ ...x, communityId: '' })),
    ],
    categories: categoriesOf(pkg).map((c) => ({ _id: c.code, ...c })),
    routing_rules: pkg.routingRules.map((r: RoutingRule) => ({ _id: r.id, ...r })),
    settings: pkg.settings.map((s) => ({ ...s })),
  }
}

/** What is wrong across the files (ids used twice, references to nothing); empty when all is well. */
export function packageProblems(pkg: StreetPackage): string[] {
  const problems: string[] = []
  const docs = packageDocs(pkg)
  for (const name of ['places', 'orgs', 'categories', 'routing_rules', 'settings']) {
    const seen = new Set<string>()
    for (const d of docs[name]) {
      if (seen.has(d._id)) problems.push(`${name}：编号 ${d._id} 重复`)
      seen.add(d._id)
    }
  }
  const orgIds = new Set(docs.orgs.map((d) => d._id))
  const estateIds = new Set(docs.places.filter((d) => d.kind === 'estate').map((d) => d._id))
  const codes = new Set(pkg.categories.map((c) => c.code))
  for (const e of docs.places.filter((d) => d.kind === 'estate')) {
    const company = e.propertyCompanyId as string | null
    if (company && !orgIds.has(company)) problems.push(`小区 ${e.name}：物业公司 ${company} 不在 orgs.json 里`)
  }
  for (const c of pkg.categories) {
    if (c.departmentId && !orgIds.has(c.departmentId))
      problems.push(`类别 ${c.name}：部门 ${c.departmentId} 不在 orgs.json 里`)
  }
  for (const r of pkg.routingRules) {
    if (r.categoryCode && !codes.has(r.categoryCode)) problems.push(`分派规则 ${r.id}：没有类别 ${r.categoryCode}`)
    if (r.estateId && !estateIds.has(r.estateId)) problems.push(`分派规则 ${r.id}：没有小区 ${r.estateId}`)
    if (r.orgId && !orgIds.has(r.orgId)) problems.push(`分派规则 ${r.id}：没有机构 ${r.orgId}`)
  }
  return problems
}

export interface WriteCounts {
  created: number
  updated: number
  unchanged: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Writes the package's documents; a second run with the same package writes nothing. */
export async function writeStreetPackage(store: Store, pkg: StreetPackage): Promise<Record<string, WriteCounts>> {
  const out: Record<string, WriteCounts> = {}
  for (const [name, docs] of Object.entries(packageDocs(pkg))) {
    const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 }
    const collection = store.collection(name)
    for (const doc of docs) {
      const stored = await collection.get(doc._id)
      if (!stored) {
        try {
          await collection.insert(doc as never)
          counts.created++
        } catch (error) {
          // written meanwhile (an earlier run cut short, or another setup): compare next time
          if (!isStoreConflict(error)) throw error
          counts.unchanged++
        }
        continue
      }
      const { _id, ...fields } = doc
      const changes = Object.fromEntries(Object.entries(fields).filter(([k, v]) => !same(stored[k], v)))
      if (Object.keys(changes).length === 0) {
        counts.unchanged++
        continue
      }
      await collection.patch(_id, changes as never)
      counts.updated++
    }
    out[name] = counts
  }
  return out
}
