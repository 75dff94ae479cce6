/**
 * 民生集市 test helpers: verified residents made directly in the store (one household each, in the
 * building and grid asked for), a market input relative to a date, and a published market.
 */
import { Client } from 'pg'
import { roomKeyOf } from '../../cloudfunctions/_services/households'
import type { SaveInput } from '../../types/market'
import { newRequestId } from './report-helpers'
import type { TestHost } from './test-host'

export interface TestResident {
  id: string
  token: string
  name: string
}

/** The demo buildings by community: each resident gets a room of their own there. */
const HOMES = {
  'cm-beiyuan': { estateId: 'es-botai', buildingId: 'bd-botai-2', gridId: 'gd-beiyuan-1', label: '博泰佳苑 2号楼' },
  'cm-nanhu': { estateId: 'es-nanhu', buildingId: 'bd-nanhu-2', gridId: 'gd-nanhu-1', label: '南湖小区 2号楼' },
} as const

const SURNAMES = '王李张刘陈杨黄赵吴周'
let batch = 0

/** `n` verified residents, each in a household (room) of their own, with a token. */
export async function verifiedResidents(
  host: TestHost,
  n: number,
  communityId: keyof typeof HOMES = 'cm-beiyuan',
): Promise<TestResident[]> {
  const home = HOMES[communityId]
  const place = await host.platform.store.collection('places').get(home.estateId)
  const streetId = String(place?.streetId ?? 'st-haibei')
  const tag = `${process.pid.toString(36)}${(++batch).toString(36)}`
  const at = host.platform.clock.now().toISOString()
  const out: TestResident[] = []
  for (let start = 0; start < n; start += 50) {
    const chunk = Array.from({ length: Math.min(50, n - start) }, (_, k) => start + k)
    await Promise.all(
      chunk.map(async (i) => {
        const id = `u-mk-${tag}-${i}`
        const unit = `${tag}单元`
        const room = String(1000 + i)
        const name = `${SURNAMES[i % SURNAMES.length]}测${'甲乙丙丁'[i % 4]}`
        const address = {
          streetId,
          communityId,
          gridId: home.gridId,
          estateId: home.estateId,
          buildingId: home.buildingId,
          unit,
          room,
          label: `${home.label} ${unit} ${room}`,
        }
        const householdId = `hh-mk-${tag}-${i}`
        await host.platform.store.collection('households').insert({
          _id: householdId,
          userId: id,
          requestKey: `${id}:test`,
          ...address,
          roomKey: roomKeyOf(home.buildingId, unit, room),
          relation: 'owner',
          name,
          phone: null,
          status: 'verified',
          rejectReason: null,
          verifiedAt: at,
          verifiedBy: null,
          verifiedVia: 'test',
          createdAt: at,
          updatedAt: at,
        })
        await host.platform.store.collection('users').insert({
          _id: id,
          kind: 'resident',
          name,
          persona: '',
          scopes: [],
          address,
          householdId,
          householdVerified: true,
          createdAt: at,
        })
        out[i] = { id, name, token: await host.platform.identity.issueToken!(id) }
      }),
    )
  }
  return out
}

/** A second account of the same household (same room) as `of`. */
export async function householdMember(host: TestHost, of: TestResident, name = '同户成员'): Promise<TestResident> {
  const user = await host.platform.store.collection('users').get(of.id)
  const id = `${of.id}-m${++batch}`
  await host.platform.store.collection('users').insert({
    _id: id,
    kind: 'resident',
    name,
    persona: '',
    scopes: [],
    address: user!.address,
    householdId: user!.householdId,
    householdVerified: true,
    createdAt: host.platform.clock.now().toISOString(),
  })
  return { id, name, token: await host.platform.identity.issueToken!(id) }
}

const cst = (local: string) => new Date(`${local}+08:00`).toISOString()

/** A market on `date` (China), 09:00–11:30, one stall per name with 30-minute slots of `capacity`. */
export function marketInput(
  date: string,
  over: Partial<SaveInput> & { capacity?: number; stallNames?: string[]; slotsPerStall?: number } = {},
): SaveInput {
  const { capacity = 6, stallNames = ['义剪', '义诊'], slotsPerStall = 5, ...rest } = over
  const start = Date.parse(cst(`${date}T09:00:00`))
  return {
    title: '测试民生集市',
    venue: '北苑社区广场',
    date,
    opensAt: cst(`${date}T09:00:00`),
    closesAt: cst(`${date}T11:30:00`),
    bookingOpensAt: cst('2026-11-20T08:00:00'),
    bookingClosesAt: cst(`${date}T11:30:00`),
    walkInShare: 1 / 3,
    stalls: stallNames.map((name) => ({
      name,
      category: name,
      slots: Array.from({ length: slotsPerStall }, (_, i) => ({
        startsAt: new Date(start + i * 30 * 60_000).toISOString(),
        endsAt: new Date(start + (i + 1) * 30 * 60_000).toISOString(),
        capacity,
      })),
    })),
    ...rest,
  }
}

/** Saves and publishes a market as the persona; returns its detail. */
export async function publishedMarket(host: TestHost, input: SaveInput, persona = 'community-admin') {
  const admin = await host.login(persona)
  const saved = await host.ok('market', 'save', input, admin)
  await host.ok('market', 'publish', { id: saved.id }, admin)
  return host.ok('market', 'detail', { id: saved.id }, admin)
}

/**
 * One booking tap. A connection the loaded host dropped (a thousand at once can overflow its
 * accept queue) is retried with the same requestId, as the app does: the booking is idempotent on it.
 */
export async function book(host: TestHost, r: TestResident, slotId: string, requestId = newRequestId()) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await host.call<any>('market', 'book', { requestId, slotId }, r.token)
    } catch (error) {
      if (attempt >= 3 || !/fetch failed/.test(String(error))) throw error
    }
  }
}

/** A PostgreSQL database emptied for this run (the test's own database, never a shared one). */
export async function freshPostgres(url: string): Promise<string> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE')
    await client.query('CREATE SCHEMA public')
  } finally {
    await client.end()
  }
  return url
}
