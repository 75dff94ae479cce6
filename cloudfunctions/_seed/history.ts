/**
 * Demo history for the supervision dashboard: two past quarters (2026-Q2 and 2026-Q3) of generated
 * work orders on a street, lived through the real workflow's change builders (history-orders.ts),
 * so the KPIs, trends, 问题工单 and exports have something to show. Deterministic (a seeded RNG).
 *
 * The street is read from the store when the seed runs: its estates, buildings, categories, orgs
 * (every property company present, whoever seeded it) and residents, never a hard-coded list. The
 * demo personas file nothing here, so their own pages stay as the demo tells them.
 */
import type { Category, HandlerKind } from '../../types/catalog'
import { type Collection, isStoreConflict, type Store, type StoredDoc } from '../_platform/store/port'
import { calendarFor } from '../_services/holiday-settings'
import type { OrgDoc, PlaceDoc } from '../_services/places'
import { findAll } from '../_services/reference-sets'
import { workflowSettings } from '../_services/settings'
import { KPI_FACTS } from '../_services/supervision/kpi-write'
import { generateHistory, type History, type HistoryWorld } from './history-orders'
import type { Org } from './history-steps'

/** The quarters the demo history covers (China time) and how many orders each gets. */
export const HISTORY_QUARTERS = [
  { from: '2026-04-01T00:00:00+08:00', to: '2026-07-01T00:00:00+08:00' },
  { from: '2026-07-01T00:00:00+08:00', to: '2026-10-01T00:00:00+08:00' },
] as const
export const HISTORY_ORDERS_PER_QUARTER = 180
export const HISTORY_SEED = 20260401
/** how long after a quarter's end its orders are surely closed (reopens and 重办 included) */
const HISTORY_SETTLE_MS = 30 * 86_400_000

const HANDLER_KIND: Partial<Record<OrgDoc['kind'], HandlerKind>> = {
  community: 'community',
  grid: 'grid',
  property: 'property',
  department: 'department',
}

/** The street as the store holds it now. */
export async function historyWorldOf(store: Store, streetId: string): Promise<HistoryWorld> {
  const [orgDocs, places, categories, users] = await Promise.all([
    findAll(store.collection<OrgDoc>('orgs'), {}),
    findAll(store.collection<PlaceDoc & { streetId?: string; units?: string[] }>('places'), {}),
    findAll(store.collection<Category & StoredDoc>('categories'), {}),
    findAll(store.collection<StoredDoc & Record<string, unknown>>('users'), { kind: 'resident' }),
  ])
  const communities = new Set(
    orgDocs.filter((o) => o.kind === 'community' && o.parentId === streetId).map((o) => o._id),
  )
  const mine = (o: OrgDoc) =>
    o.kind === 'grid' ? communities.has(String(o.parentId)) : o.kind === 'community' || o.parentId === streetId
  const orgs = new Map<string, Org>()
  for (const o of orgDocs) {
    const kind = HANDLER_KIND[o.kind]
    if (kind && o.parentId !== undefined && mine(o) && (o.kind !== 'community' || communities.has(o._id)))
      orgs.set(o._id, { id: o._id, kind, name: o.name })
  }
  const estates = places
    .filter((p) => p.kind === 'estate' && communities.has(p.communityId))
    .map((e) => ({
      id: e._id,
      gridId: e.gridId,
      communityId: e.communityId,
      propertyCompanyId: e.propertyCompanyId && orgs.has(e.propertyCompanyId) ? e.propertyCompanyId : null,
      buildings: places
        .filter((b) => b.kind === 'building' && b.parentId === e._id)
        .map((b) => ({ id: b._id, label: `${e.name} ${b.name}` })),
    }))
    .filter((e) => e.buildings.length > 0)
  const firstCommunity = [...communities][0] ?? ''
  const [settings, calendar] = await Promise.all([
    workflowSettings(store, streetId),
    calendarFor(store, { streetId, communityId: firstCommunity }),
  ])
  const reporters = users
    .filter((u) => !u.persona && (u.address as { streetId?: string } | undefined)?.streetId === streetId)
    .map((u) => ({
      id: u._id,
      name: String(u.name),
      phone: (u.phone as string | undefined) ?? null,
      buildingId: (u.address as { buildingId?: string }).buildingId,
    }))
  return {
    streetId,
    settings: { ...settings, calendar },
    estates,
    orgs,
    categories: categories.filter((c) => c.active !== false),
    reporters: reporters.length > 0 ? reporters : [{ id: 'u-history-resident', name: '居民', phone: null }],
  }
}

/** Inserts a history in batches of one transaction each (orders, their events, their ended clocks). */
export async function writeHistory(store: Store, history: History, batch = 200): Promise<void> {
  const strip = <T extends { _v?: number }>({ _v, ...rest }: T) => rest
  const groups: Array<[string, unknown[]]> = [
    ['workorders', history.orders.map(strip)],
    ['workorder_events', history.events],
    [KPI_FACTS, history.facts],
  ]
  for (const [name, docs] of groups) {
    for (let i = 0; i < docs.length; i += batch) {
      await store.transaction(async (tx) => {
        const c = tx.collection(name) as unknown as Pick<Collection, 'insert'>
        for (const doc of docs.slice(i, i + batch)) await c.insert(doc as never).catch(skipConflict)
      })
      // PGlite runs on this thread: let timers and sockets breathe between batches
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

/** A document an interrupted earlier run already wrote is left as it is. */
function skipConflict(error: unknown): void {
  if (!isStoreConflict(error)) throw error
}

/** The demo street's two past quarters (what an interrupted run left out, if anything). */
export async function seedHistory(store: Store, streetId: string, now: Date): Promise<Record<string, number>> {
  // only quarters whose orders have lived their lives by now: a clock set in the past (a test of
  // holidays, say) gets no orders from its future, nor open ones that a sweep would escalate
  const quarters = HISTORY_QUARTERS.filter((q) => Date.parse(q.to) + HISTORY_SETTLE_MS <= now.getTime())
  if (quarters.length === 0) return {}
  const count = HISTORY_ORDERS_PER_QUARTER * quarters.length
  const last = `wo_h${String(count).padStart(6, '0')}`
  if (await store.collection('workorders').get(last)) return {}
  const world = await historyWorldOf(store, streetId)
  if (world.estates.length === 0 || world.categories.length === 0) return {}
  // one generation over the quarters: a repeat in July of a June closure is seen as the submit sees it
  const history = generateHistory(world, {
    seed: HISTORY_SEED,
    count,
    from: new Date(quarters[0].from),
    to: new Date(quarters[quarters.length - 1].to),
    now,
    idPrefix: 'wo_h',
  })
  await writeHistory(store, history)
  return {
    workorders: history.orders.length,
    workorder_events: history.events.length,
    [KPI_FACTS]: history.facts.length,
  }
}
