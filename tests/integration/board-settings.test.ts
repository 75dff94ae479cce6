/**
 * The board's street settings through the host (board.settings / board.saveSettings): a street admin
 * saves weights and the next compute scores with them; a save that fails validation, or was made
 * against a stale version, changes nothing and leaves no audit row; every other role is refused; a
 * street admin edits their own street only; each save is in the street's audit trail.
 *
 * The 2026-Q3 board the seed publishes is removed first, so that quarter (rich in seeded ratings,
 * surveys and checklists) can be computed as a draft again.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { DEFAULT_WEIGHTS } from '../../types/board-settings'
import { HX, seedSecondStreet } from '../support/second-street'
import { startTestHost, type TestHost } from '../support/test-host'

const STREET = 'st-haibei'
const QUARTER = '2026-Q3'
const clock = createManualClock(new Date('2026-12-01T02:00:00Z')) // Tuesday 1 December, 10:00 China time
let host: TestHost
const token: Record<string, string> = {}

beforeAll(async () => {
  host = await startTestHost({ clock })
  await seedSecondStreet(host.platform.store)
  await host.platform.store.collection('boards').remove(`bd_${STREET}_${QUARTER}`)
  for (const p of ['street-admin', 'community-admin', 'property-manager', 'resident-a', 'hx-street-admin']) {
    token[p] = await host.login(p)
  }
}, 120_000)
afterAll(async () => host.close())

type Res = { status: number; body: { ok: boolean; error?: { code: string; message: string } } }
const codeOf = (res: Res) => [res.status, res.body.ok ? 'OK' : res.body.error?.code]
const messageOf = (res: Res) => (res.body.ok ? '' : (res.body.error?.message ?? ''))
interface Item {
  companyId: string
  list: string
  rank: number | null
  score: number
  breakdown: Record<'residents' | 'efficiency' | 'checklist' | 'intensity' | 'satisfaction', number>
  sample: { ratings: number; surveyHouseholds: number }
  veto: string | null
}
const byCompany = (items: Item[]) => Object.fromEntries(items.map((i) => [i.companyId, i]))

async function computeDraft(): Promise<Record<string, Item>> {
  await host.ok('board', 'compute', { quarter: QUARTER }, token['street-admin'])
  return byCompany((await host.ok('board', 'quarter', { quarter: QUARTER }, token['street-admin'])).items)
}
const storedDoc = () => host.platform.store.collection('settings').get(`board:${STREET}`)
const auditRows = async (street = STREET) =>
  (await host.platform.store.collection('audit_log').find({ where: { streetId: street }, limit: 500 })).items.filter(
    (r) => r.action === 'board.saveSettings',
  )

const EQUAL = { residents: 25, efficiency: 25, checklist: 25, intensity: 25 }
const settingsWith = (changes: Record<string, unknown>) => ({
  weights: EQUAL,
  minRatings: 1,
  minSurveyHouseholds: 10,
  priorWeight: 20,
  homesPerUnit: 24,
  publicityWorkingDays: 3,
  rectifyWorkingDays: 10,
  ...changes,
})

let defaults: Record<string, Item>
let saved: Record<string, Item>

test('a street admin reads the settings in force: the defaults while the street has saved none', async () => {
  const read = await host.ok('board', 'settings', {}, token['street-admin'])
  expect(read).toEqual({
    settings: expect.objectContaining({ weights: DEFAULT_WEIGHTS, minRatings: 30, minSurveyHouseholds: 20 }),
    defaults: read.settings,
    version: null,
  })
})

test('valid weights and sample minimums are saved, and the next compute scores with them', async () => {
  defaults = await computeDraft()
  expect(Object.keys(defaults).length).toBeGreaterThanOrEqual(3)
  const out = await host.ok('board', 'saveSettings', { settings: settingsWith({}) }, token['street-admin'])
  expect(out.version).toBe(1)
  const read = await host.ok('board', 'settings', {}, token['street-admin'])
  expect(read).toMatchObject({ settings: settingsWith({}), version: 1 })

  saved = await computeDraft()
  for (const [id, before] of Object.entries(defaults)) {
    const b = saved[id].breakdown
    // each component rescaled from its default weight to 25 (the raw figures are the same facts)
    expect(b.residents).toBeCloseTo(25 * b.satisfaction, 1)
    expect(b.efficiency).toBeCloseTo((before.breakdown.efficiency * 25) / DEFAULT_WEIGHTS.efficiency, 1)
    expect(b.checklist).toBeCloseTo((before.breakdown.checklist * 25) / DEFAULT_WEIGHTS.checklist, 1)
    expect(b.intensity).toBeCloseTo((before.breakdown.intensity * 25) / DEFAULT_WEIGHTS.intensity, 1)
    expect(saved[id].score).toBeCloseTo(b.residents + b.efficiency + b.checklist + b.intensity, 1)
    // the seeded quarter has few order ratings: by default (30) nobody is ranked; with 1 rating and
    // 10 survey households needed, exactly the companies that have them are
    expect(before.rank).toBeNull()
    const { ratings, surveyHouseholds } = saved[id].sample
    const short = ratings < 1 || surveyHouseholds < 10
    expect({ id, short, ranked: saved[id].rank !== null }).toEqual({ id, short, ranked: !short })
    if (!saved[id].veto) expect({ id, list: saved[id].list === 'insufficient' }).toEqual({ id, list: short })
  }
  const lists = Object.values(saved).map((i) => i.list)
  expect(lists).toContain('insufficient')
  expect(lists.some((l) => l !== 'insufficient')).toBe(true)
})

test('weights not totalling 100, or any other bad field: INVALID_INPUT, and nothing changes', async () => {
  const doc = await storedDoc()
  const rows = (await auditRows()).length
  const bad = [
    { weights: { residents: 40, efficiency: 30, checklist: 10, intensity: 10 } },
    { weights: { residents: 50, efficiency: 30, checklist: 20, intensity: 10 } },
    { weights: { residents: 110, efficiency: 0, checklist: 0, intensity: -10 } },
    { minRatings: 0 },
    { minSurveyHouseholds: 'ten' },
    { publicityWorkingDays: 2.5 },
  ]
  for (const changes of bad) {
    const res = await host.call(
      'board',
      'saveSettings',
      { settings: settingsWith(changes), expectedVersion: 1 },
      token['street-admin'],
    )
    expect({ changes, code: codeOf(res) }).toEqual({ changes, code: [400, 'INVALID_INPUT'] })
  }
  const res = await host.call(
    'board',
    'saveSettings',
    {
      settings: settingsWith({ weights: { residents: 40, efficiency: 30, checklist: 20, intensity: 0 } }),
      expectedVersion: 1,
    },
    token['street-admin'],
  )
  expect(codeOf(res)).toEqual([400, 'INVALID_INPUT'])
  expect(messageOf(res)).toContain('之和必须为100')
  expect(await storedDoc()).toEqual(doc)
  expect((await auditRows()).length).toBe(rows)
  // the board scores as it did after the last good save
  expect(await computeDraft()).toEqual(saved)
})

test('a save that does not name the version it edits is CONFLICT and changes nothing', async () => {
  const doc = await storedDoc()
  for (const expectedVersion of [undefined, 7]) {
    const stale = await host.call(
      'board',
      'saveSettings',
      { settings: settingsWith({ minRatings: 5 }), expectedVersion },
      token['street-admin'],
    )
    expect(codeOf(stale)).toEqual([409, 'CONFLICT'])
  }
  expect(await storedDoc()).toEqual(doc)
})

test('a community admin, a property manager and a resident are refused, and so is nobody', async () => {
  for (const persona of ['community-admin', 'property-manager', 'resident-a']) {
    const read = await host.call('board', 'settings', {}, token[persona])
    const save = await host.call('board', 'saveSettings', { settings: settingsWith({ minRatings: 2 }) }, token[persona])
    expect({ persona, read: codeOf(read), save: codeOf(save) }).toEqual({
      persona,
      read: [403, 'FORBIDDEN'],
      save: [403, 'FORBIDDEN'],
    })
  }
  expect(codeOf(await host.call('board', 'saveSettings', { settings: settingsWith({}) }))).toEqual([
    401,
    'UNAUTHENTICATED',
  ])
  expect((await storedDoc())?._v).toBe(1)
})

test('another street’s admin reads and saves only their own street’s settings', async () => {
  const hx = token['hx-street-admin']
  expect((await host.ok('board', 'settings', {}, hx)).version).toBeNull()
  await host.ok('board', 'saveSettings', { settings: settingsWith({ minRatings: 3 }) }, hx)
  expect((await host.platform.store.collection('settings').get(`board:${HX.street}`))?.board).toMatchObject({
    minRatings: 3,
  })
  expect((await host.ok('board', 'settings', {}, token['street-admin'])).settings.minRatings).toBe(1)
  expect(await auditRows(HX.street)).toHaveLength(1)
})

test('the save is in the street’s audit trail: who, role, before and after', async () => {
  const trail = await host.ok('admin', 'audit', { action: 'board.saveSettings' }, token['street-admin'])
  expect(trail.items).toEqual([
    expect.objectContaining({
      actorId: 'u-street-admin',
      role: 'street_admin',
      target: `settings/board:${STREET}`,
      before: null,
      after: { board: settingsWith({}) },
    }),
  ])
})

test('the saved publicity length decides when the window ends', async () => {
  const published = await host.ok('board', 'publish', { quarter: QUARTER, stage: 'publicity' }, token['street-admin'])
  // 3 working days after Tuesday 1 December: ends at 00:00 on Saturday 5 December, China time
  expect(published.publicityEndsAt).toBe('2026-12-04T16:00:00.000Z')
})
