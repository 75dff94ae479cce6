/**
 * 红黑榜 cadence, step 1: once a quarter has ended, the `draft` timer computes each street's draft
 * (as the system, audited); it never recomputes a board that exists, and only the trigger can run it.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-12-20T02:00:00Z')) // the demo street starts in 2026-Q4
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ clock })
}, 120_000)
afterAll(async () => host.close())

const draft = async () => {
  const { body } = await host.invokeAsTimer('board', { Type: 'Timer', TriggerName: 'draft' })
  if (!body.ok) throw new Error(body.error.message)
  return body.data as { quarter: string; drafted: string[] }
}

test('the ended quarter gets its draft once, as the system, audited; an existing board is left alone', async () => {
  const boards = host.platform.store.collection('boards')
  const id = 'bd_st-haibei_2026-Q4'
  // within the quarter: its last ended quarter (Q3) already has its board, so nothing is drafted
  expect(await draft()).toEqual({ quarter: '2026-Q3', drafted: [] })
  clock.set(new Date('2027-01-05T02:00:00Z')) // 2026-Q4 has ended
  expect(await boards.get(id)).toBeNull()
  expect(await draft()).toEqual({ quarter: '2026-Q4', drafted: ['st-haibei'] })
  const made = await boards.get(id)
  expect(made).toMatchObject({ stage: 'draft', quarter: '2026-Q4', streetId: 'st-haibei' })
  expect((made?.items as unknown[] | undefined)?.length).toBeGreaterThan(0)
  const audit = await host.platform.store.collection('audit_log').find({ where: {}, limit: 100 })
  expect(audit.items.filter((r) => r.action === 'board.compute' && r.target === `boards/${id}`)).toEqual([
    expect.objectContaining({ actorId: 'system', role: 'system', before: null }),
  ])

  // the street publishes it; the next tick does not touch it
  clock.advance(60 * 60_000)
  await host.ok('board', 'publish', { quarter: '2026-Q4', stage: 'publicity' }, await host.login('street-admin'))
  const published = await boards.get(id)
  expect(published?.stage).toBe('publicity')
  expect(await draft()).toEqual({ quarter: '2026-Q4', drafted: [] })
  expect(await boards.get(id)).toEqual(published)
})

test('only the trigger runs it: a person calling draft is refused', async () => {
  for (const persona of ['street-admin', 'resident-a']) {
    const { status } = await host.call('board', 'draft', {}, await host.login(persona))
    expect(`${persona} ${status}`).toBe(`${persona} 403`)
  }
  expect((await host.call('board', 'draft', {})).status).toBe(401)
})
