/**
 * Routing at city scale (tests/support/synthetic-city.ts: 3,000 grids, 6,000 estates × 5 buildings
 * = 30,000 buildings, 500 property companies, 60 categories, ~1,200 estate rules, rosters).
 *
 * - routing.reportP99Ms: what a submit runs (`buildingOf` + `routeReport`: the store reads, the
 *   cache, the world build per request and the decision) on PGlite loaded with that city, over
 *   random buildings, after a warm-up of the same number of calls. Target ≤ 5 ms.
 * - routing.coreP99Us: the pure lookup `route()` against a pre-built world. Target < 50 µs.
 *
 * Run alone: `npx tsx tests/bench/routing.bench.ts`.
 */
import { buildRoutingWorld, route } from '../../cloudfunctions/_core/routing'
import { createPgliteStore } from '../../cloudfunctions/_platform/store/pglite'
import type { Store, StoredDoc } from '../../cloudfunctions/_platform/store/port'
import { routeReport } from '../../cloudfunctions/_services/dispatch'
import { buildingOf } from '../../cloudfunctions/_services/places'
import { CITY, syntheticCity } from '../support/synthetic-city'
import { type BenchEntry, entry } from './entry'
import { quantile, round } from './stats'

const CORE_CALLS = 200_000
const CORE_WARMUP = 20_000
const REPORT_CALLS = 3_000

function benchCore() {
  const { input, requests } = syntheticCity()
  const world = buildRoutingWorld(input)
  const mask = requests.length - 1
  let sink = 0
  for (let i = 0; i < CORE_WARMUP; i++) sink += route(world, requests[i & mask]).reason.length
  const samples = new Float64Array(CORE_CALLS)
  for (let i = 0; i < CORE_CALLS; i++) {
    const s = process.hrtime.bigint()
    sink += route(world, requests[i & mask]).reason.length
    samples[i] = Number(process.hrtime.bigint() - s)
  }
  if (sink === 0) throw new Error('routing produced no reasons')
  samples.sort()
  const us = (q: number) => round(samples[Math.min(CORE_CALLS - 1, Math.floor(q * CORE_CALLS))] / 1000, 2)
  return { p50us: us(0.5), p99us: us(0.99) }
}

/** The synthetic city written through the store port, as a street package would be. */
export async function loadCity(store: Store) {
  const { input, requests } = syntheticCity()
  const docs: Record<string, Array<Omit<StoredDoc, '_v'>>> = {
    categories: input.categories.map((c) => ({ _id: c.code, ...c })),
    routing_rules: input.rules.map((r) => ({ _id: r.id, ...r })),
    orgs: input.orgs.map((o) => ({ _id: o.id, kind: o.kind, name: o.name, parentId: 'st-city', communityId: '' })),
    places: [
      { _id: 'st-city', kind: 'street', name: '示范街道', parentId: '', communityId: '', gridId: '' },
      ...input.estates.flatMap((e) => [
        {
          _id: e.id,
          kind: 'estate',
          name: e.name,
          parentId: e.gridId,
          gridId: e.gridId,
          communityId: e.communityId,
          streetId: 'st-city',
          propertyCompanyId: e.propertyCompanyId,
        },
        ...Array.from({ length: CITY.BUILDINGS_PER_ESTATE }, (_, b) => ({
          _id: `bd-${e.id.slice(3)}-${b + 1}`,
          kind: 'building',
          name: `${b + 1}号楼`,
          parentId: e.id,
          estateId: e.id,
          gridId: e.gridId,
          communityId: e.communityId,
        })),
      ]),
    ],
    users: [...new Map(input.staff.map((s) => [s.id, s])).values()].map((s) => ({
      _id: s.id,
      kind: 'staff',
      name: s.name,
      persona: '',
      scopes: [{ role: s.role, orgId: s.orgId }],
    })),
    memberships: input.staff.map((s) => ({
      _id: `${s.id}:${s.orgId}:${s.role}`,
      userId: s.id,
      orgId: s.orgId,
      role: s.role,
      onDuty: s.onDuty,
    })),
  }
  for (const [name, list] of Object.entries(docs)) {
    for (let i = 0; i < list.length; i += 500) {
      await store.transaction(async (tx) => {
        for (const doc of list.slice(i, i + 500)) await tx.collection(name).insert(doc)
      })
    }
  }
  return { requests, buildings: input.estates.length * CITY.BUILDINGS_PER_ESTATE }
}

async function benchReport() {
  const store = await createPgliteStore()
  await store.migrate()
  try {
    const loadStart = performance.now()
    const { requests, buildings } = await loadCity(store)
    const loadMs = performance.now() - loadStart
    const mask = requests.length - 1
    const one = async (i: number) => {
      const r = requests[i & mask]
      const place = await buildingOf(store, r.buildingId)
      return routeReport(store, place, { categoryCode: r.categoryCode, channel: r.channel })
    }
    for (let i = 0; i < REPORT_CALLS; i++) await one(i) // warm-up: the instance has routed before
    const samples: number[] = []
    for (let i = REPORT_CALLS; i < 2 * REPORT_CALLS; i++) {
      const t = performance.now()
      await one(i)
      samples.push(performance.now() - t)
    }
    samples.sort((a, b) => a - b)
    return {
      p50ms: round(quantile(samples, 0.5), 2),
      p99ms: round(quantile(samples, 0.99), 2),
      note: `${buildings} buildings, ${REPORT_CALLS} timed calls after ${REPORT_CALLS} warm-up (city loaded in ${Math.round(loadMs / 1000)} s)`,
    }
  } finally {
    await store.close()
  }
}

export async function bench(): Promise<BenchEntry[]> {
  const core = benchCore()
  const report = await benchReport()
  return [
    entry(
      'routing.reportP99Ms',
      'ms',
      report.p99ms,
      '≤',
      5,
      `buildingOf + routeReport on PGlite, p50 ${report.p50ms} ms; ${report.note}`,
    ),
    entry('routing.coreP99Us', 'µs', core.p99us, '<', 50, `route() on a pre-built world, p50 ${core.p50us} µs`),
  ]
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('tests/bench/routing.bench.ts')) {
  bench().then(
    (entries) => {
      for (const e of entries)
        console.log(`${e.met ? 'MET ' : 'MISS'} ${e.name} ${e.value} ${e.unit} [${e.target}] ${e.note}`)
      if (entries.some((e) => !e.met)) process.exitCode = 1
    },
    (e) => {
      console.error(e)
      process.exitCode = 1
    },
  )
}
