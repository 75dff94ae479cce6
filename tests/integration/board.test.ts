/**
 * The 物业红黑榜 through the host: the seeded final quarter as residents see it, each audience's scope,
 * and a quarter's whole cycle: compute → checklist and veto → publicity → appeal → decision → final
 * (only after the window and every appeal decided), with tasks for black entries and an audit row for
 * every write. A company sees aggregates only: no rater's id or name is in anything it receives.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { ANSWERS, requestId, residentsOf } from '../support/board'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-12-01T02:00:00Z'))
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ clock })
})
afterAll(async () => host.close())

type Res = { status: number; body: { ok: boolean; error?: { code: string; message: string } } }
const codeOf = (res: Res) => [res.status, res.body.ok ? 'OK' : res.body.error?.code]
const messageOf = (res: Res) => (res.body.ok ? '' : (res.body.error?.message ?? ''))
/** a token signed at the clock's time (a cached one expires when the test moves the clock by weeks) */
async function loginNow(persona: string): Promise<string> {
  const { body } = await host.call<{ token: string }>('auth', 'devLogin', { persona })
  if (!body.ok) throw new Error(body.error.message)
  return body.data.token
}
const listsOf = (board: { items: Array<{ companyId: string; list: string }> }) =>
  Object.fromEntries(board.items.map((i) => [i.companyId, i.list]))

describe('the seeded last full quarter', () => {
  test('a resident sees the final 2026-Q3 board: a 红榜, a 黑榜 and a 样本不足 company, each explained', async () => {
    const board = await host.ok('board', 'quarter', {}, await host.login('resident-a'))
    expect(board).toMatchObject({ quarter: '2026-Q3', stage: 'final', appeals: [] })
    expect(listsOf(board)).toEqual({
      'pc-botai': 'red',
      'pc-nanhu': 'black',
      'pc-jinyu': 'insufficient',
      'pc-huating': 'none',
      'pc-lanwan': 'none',
    })
    for (const item of board.items) {
      const b = item.breakdown
      expect(item.score).toBeCloseTo(b.residents + b.efficiency + b.checklist + b.intensity, 1)
      expect(item.sample.ratings).toBeGreaterThan(0)
    }
    const insufficient = board.items.find((i: { list: string }) => i.list === 'insufficient')
    expect(insufficient.rank).toBeNull()
    // two black quarters in a row: flagged for referral, and a task for the community
    expect(board.items.find((i: { companyId: string }) => i.companyId === 'pc-nanhu').referral).toBe(true)
    expect((await host.ok('board', 'quarter', { quarter: '2026-Q2' }, await host.login('resident-b'))).stage).toBe(
      'final',
    )
  })

  test('a final board is not computed again; a quarter not yet ended is not computed at all', async () => {
    const street = await host.login('street-admin')
    const again = await host.call('board', 'compute', { quarter: '2026-Q3' }, street)
    expect(codeOf(again)).toEqual([409, 'CONFLICT'])
    const early = await host.call('board', 'compute', { quarter: '2026-Q4' }, street)
    expect(codeOf(early)).toEqual([400, 'INVALID_INPUT'])
    expect(messageOf(early)).toContain('尚未结束')
  })

  test('tasks: the street sees the black company’s 约谈/整改 task, flagged for referral; another community does not', async () => {
    const street = await host.ok('board', 'tasks', { quarter: '2026-Q3' }, await host.login('street-admin'))
    expect(street.items).toEqual([
      expect.objectContaining({ companyId: 'pc-nanhu', communityId: 'cm-nanhu', referral: true, status: 'open' }),
    ])
    const beiyuan = await host.ok('board', 'tasks', {}, await host.login('community-admin'))
    expect(beiyuan.items).toEqual([])
    const resident = await host.call('board', 'tasks', {}, await host.login('resident-a'))
    expect(codeOf(resident)).toEqual([403, 'FORBIDDEN'])
  })

  test('scope: a manager sees its own company only; a community admin the companies serving it', async () => {
    const manager = await host.ok('board', 'quarter', { quarter: '2026-Q3' }, await host.login('property-manager'))
    expect(manager.items.map((i: { companyId: string }) => i.companyId)).toEqual(['pc-botai'])
    const community = await host.ok('board', 'quarter', { quarter: '2026-Q3' }, await host.login('community-admin'))
    expect(community.items.map((i: { companyId: string }) => i.companyId).sort()).toEqual(['pc-botai', 'pc-jinyu'])
  })
})

describe('a quarter from draft to final', () => {
  const street = () => loginNow('street-admin')
  const manager = () => loginNow('property-manager')
  let raters: Array<{ id: string; token: string }>

  test('residents answer the 2026-Q4 survey while the quarter runs', async () => {
    raters = (await residentsOf(host, 'es-botai')).slice(0, 3)
    for (const r of raters) {
      clock.advance(11 * 60_000)
      await host.ok(
        'rating',
        'submitSurvey',
        { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5) },
        r.token,
      )
    }
  })

  test('after the quarter: a draft street staff see and nobody else does', async () => {
    clock.set(new Date('2027-01-04T02:00:00Z'))
    const computed = await host.ok('board', 'compute', { quarter: '2026-Q4' }, await street())
    expect(computed).toMatchObject({ quarter: '2026-Q4', stage: 'draft' })
    const draft = await host.ok('board', 'quarter', { quarter: '2026-Q4' }, await street())
    expect(draft.stage).toBe('draft')
    expect(draft.items.find((i: { companyId: string }) => i.companyId === 'pc-botai').sample.surveyHouseholds).toBe(3)
    const resident = await host.call('board', 'quarter', { quarter: '2026-Q4' }, await loginNow('resident-a'))
    expect(codeOf(resident)).toEqual([404, 'NOT_FOUND'])
    expect(messageOf(resident)).toContain('尚未正式发布')
    // without a quarter a resident still gets the latest final board
    expect((await host.ok('board', 'quarter', {}, await loginNow('resident-a'))).quarter).toBe('2026-Q3')
    expect(codeOf(await host.call('board', 'quarter', { quarter: '2026-Q4' }, await manager()))).toEqual([
      404,
      'NOT_FOUND',
    ])
    expect(
      codeOf(await host.call('board', 'compute', { quarter: '2026-Q4' }, await loginNow('community-admin'))),
    ).toEqual([403, 'FORBIDDEN'])
  })

  test('the community scores its companies only; a veto needs evidence and turns the company black', async () => {
    const community = await loginNow('community-admin')
    const scores = { contract: 24, facilities: 23, cooperation: 25, complaints: 24 }
    const ok = await host.ok('board', 'checklist', { quarter: '2026-Q4', companyId: 'pc-botai', scores }, community)
    expect(ok).toMatchObject({ total: 96, stage: 'draft' })
    const other = await host.call(
      'board',
      'checklist',
      { quarter: '2026-Q4', companyId: 'pc-nanhu', scores },
      community,
    )
    expect(codeOf(other)).toEqual([403, 'FORBIDDEN'])
    const partial = await host.call(
      'board',
      'checklist',
      { quarter: '2026-Q4', companyId: 'pc-botai', scores: { contract: 20 } },
      community,
    )
    expect(codeOf(partial)).toEqual([400, 'INVALID_INPUT'])
    const veto = { quarter: '2026-Q4', companyId: 'pc-jinyu', kind: 'illegal_charging', note: '违规收取停车管理费' }
    expect(codeOf(await host.call('board', 'veto', { ...veto, evidence: [] }, await street()))).toEqual([
      400,
      'INVALID_INPUT',
    ])
    await host.ok('board', 'veto', { ...veto, evidence: ['收费票据照片 f_0001'] }, await street())
    const draft = await host.ok('board', 'quarter', { quarter: '2026-Q4' }, await street())
    const jinyu = draft.items.find((i: { companyId: string }) => i.companyId === 'pc-jinyu')
    expect(jinyu).toMatchObject({ list: 'black', veto: expect.stringContaining('违规收费') })
    expect(draft.items.find((i: { companyId: string }) => i.companyId === 'pc-botai').breakdown.checklistScore).toBe(96)
  })

  test('publicity → appeal → decision → final, only after the window and every appeal decided', async () => {
    const appeal = { quarter: '2026-Q4', reason: '本季度工单统计有误，已提供台账', evidence: ['维修台账 f_0002'] }
    expect(codeOf(await host.call('board', 'appeal', appeal, await manager()))).toEqual([409, 'CONFLICT'])
    expect(codeOf(await host.call('board', 'publish', { quarter: '2026-Q4', stage: 'final' }, await street()))).toEqual(
      [409, 'CONFLICT'],
    )
    expect(codeOf(await host.call('board', 'publish', { quarter: '2026-Q4', stage: 'draft' }, await street()))).toEqual(
      [400, 'INVALID_INPUT'],
    )
    const published = await host.ok('board', 'publish', { quarter: '2026-Q4', stage: 'publicity' }, await street())
    // 5 working days after Monday 4 January: ends at 00:00 on Tuesday 12 January, China time
    expect(published.publicityEndsAt).toBe('2027-01-11T16:00:00.000Z')

    expect(codeOf(await host.call('board', 'appeal', { ...appeal, reason: '不服' }, await manager()))).toEqual([
      400,
      'INVALID_INPUT',
    ])
    const filed = await host.ok('board', 'appeal', appeal, await manager())
    expect(codeOf(await host.call('board', 'appeal', appeal, await manager()))).toEqual([409, 'CONFLICT'])
    // the company's view: its own entry and appeal, aggregates only, never a rater
    const seen = await host.ok('board', 'quarter', { quarter: '2026-Q4' }, await manager())
    expect(seen.items.map((i: { companyId: string }) => i.companyId)).toEqual(['pc-botai'])
    expect(seen.appeals).toEqual([expect.objectContaining({ id: filed.id, status: 'pending' })])
    const text = JSON.stringify(seen)
    for (const r of raters) expect(text).not.toContain(r.id)
    for (const word of ['userId', 'householdId', 'u-resident', 'hh-']) expect(text).not.toContain(word)
    for (const r of raters) {
      const name = String((await host.platform.store.collection('users').get(r.id))?.name)
      expect(name.length).toBeGreaterThan(1)
      expect(text).not.toContain(name)
    }

    expect(codeOf(await host.call('board', 'publish', { quarter: '2026-Q4', stage: 'final' }, await street()))).toEqual(
      [409, 'CONFLICT'],
    )
    clock.set(new Date('2027-01-12T02:00:00Z'))
    expect(codeOf(await host.call('board', 'appeal', appeal, await manager()))).toEqual([409, 'CONFLICT'])
    const held = await host.call('board', 'publish', { quarter: '2026-Q4', stage: 'final' }, await street())
    expect(codeOf(held)).toEqual([409, 'CONFLICT'])
    expect(messageOf(held)).toContain('申诉未处理')
    expect(
      codeOf(
        await host.call(
          'board',
          'decideAppeal',
          { id: filed.id, decision: 'upheld', note: '核实台账后予以支持' },
          await manager(),
        ),
      ),
    ).toEqual([403, 'FORBIDDEN'])
    await host.ok(
      'board',
      'decideAppeal',
      { id: filed.id, decision: 'upheld', note: '核实台账后予以支持' },
      await street(),
    )
    const twice = await host.call(
      'board',
      'decideAppeal',
      { id: filed.id, decision: 'rejected', note: '再次处理试试' },
      await street(),
    )
    expect(codeOf(twice)).toEqual([409, 'CONFLICT'])

    const final = await host.ok('board', 'publish', { quarter: '2026-Q4', stage: 'final' }, await street())
    expect(final).toMatchObject({ stage: 'final' })
    const resident = await host.ok('board', 'quarter', {}, await loginNow('resident-a'))
    expect(resident).toMatchObject({ quarter: '2026-Q4', stage: 'final', appeals: [] })
    expect(listsOf(resident)['pc-jinyu']).toBe('black')
    const streetView = await host.ok('board', 'quarter', { quarter: '2026-Q4' }, await street())
    expect(streetView.appeals).toEqual([
      expect.objectContaining({
        id: filed.id,
        status: 'upheld',
        decision: '核实台账后予以支持',
        decidedAt: expect.any(String),
      }),
    ])
    // the black entries became tasks; a final board is not changed any more
    const tasks = await host.ok('board', 'tasks', { quarter: '2026-Q4' }, await street())
    expect(tasks.items.map((t: { companyId: string }) => t.companyId)).toContain('pc-jinyu')
    // each task is due 10 working days (the street's 整改 setting) after the board went final on
    // Tuesday 12 January: the end of Tuesday 26 January, China time
    for (const t of tasks.items) expect(t.dueAt).toBe('2027-01-26T16:00:00.000Z')
    const late = await host.call(
      'board',
      'veto',
      { quarter: '2026-Q4', companyId: 'pc-botai', kind: 'safety_incident', note: '电梯事故未报告', evidence: ['x'] },
      await street(),
    )
    expect(codeOf(late)).toEqual([409, 'CONFLICT'])
  })

  test('every board write left an audit row naming who did it', async () => {
    const rows = (await host.platform.store.collection('audit_log').find({ limit: 200 })).items
    const actions = new Set(rows.map((r) => r.action))
    for (const a of [
      'board.compute',
      'board.checklist',
      'board.veto',
      'board.publish',
      'board.appeal',
      'board.decideAppeal',
    ])
      expect(actions.has(a)).toBe(true)
    const decided = rows.find((r) => r.action === 'board.decideAppeal')
    expect(decided).toMatchObject({ actorId: 'u-street-admin', role: 'street_admin' })
  })
})
