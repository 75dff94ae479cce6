/**
 * The quarterly survey through the host: one response per verified household per quarter (a second
 * replaces the first and never counts twice), staff of any org refused (the company's own too), a
 * blocked comment refused, bursts from one device and identical comments held for the street, who
 * accepts or discards them without learning who answered.
 */
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { newResident } from '../support/accounts'
import { ANSWERS, requestId, residentsOf } from '../support/board'
import { startTestHost, type TestHost } from '../support/test-host'

const clock = createManualClock(new Date('2026-12-01T02:00:00Z'))
let host: TestHost
beforeAll(async () => {
  host = await startTestHost({ clock })
})
afterAll(async () => host.close())

const codeOf = (res: { status: number; body: { ok: boolean; error?: { code: string; message: string } } }) => [
  res.status,
  res.body.ok ? 'OK' : res.body.error?.code,
]
/** past the burst window, so a test's own submissions from 127.0.0.1 are not a burst */
const later = () => clock.advance(11 * 60_000)
const responsesOf = (companyId: string) =>
  host.platform.store.collection('survey_responses').find({ where: { companyId, quarter: '2026-Q4' }, limit: 500 })

test('a verified resident gets this quarter’s five questions for the company serving their estate', async () => {
  const survey = await host.ok('rating', 'survey', {}, await host.login('resident-a'))
  expect(survey).toEqual({
    quarter: '2026-Q4',
    companyId: 'pc-botai',
    companyName: '博泰佳苑物业服务中心',
    questions: [
      { key: 'attitude', text: '服务态度' },
      { key: 'repair', text: '维修及时' },
      { key: 'hygiene', text: '环境卫生' },
      { key: 'safety', text: '安全秩序' },
      { key: 'fees', text: '收费公开' },
    ],
    submitted: false,
  })
})

test('a second submission in the quarter replaces the first: one response, the latest answers', async () => {
  later()
  const token = await host.login('resident-b')
  const before = (await responsesOf('pc-jinyu')).items.length
  const first = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(2), deviceId: 'dev-b' },
    token,
  )
  expect(first).toEqual({ quarter: '2026-Q4', companyId: 'pc-jinyu', replaced: false, held: false })
  // a retry of the same request (same requestId) is the same submission, not a replacement
  const retryId = requestId()
  await host.ok(
    'rating',
    'submitSurvey',
    { requestId: retryId, quarter: '2026-Q4', answers: ANSWERS(3) },
    await host.login('resident-d'),
  )
  const retry = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: retryId, quarter: '2026-Q4', answers: ANSWERS(3) },
    await host.login('resident-d'),
  )
  expect(retry).toMatchObject({ replaced: false })
  later()
  const second = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5), deviceId: 'dev-b' },
    token,
  )
  expect(second).toMatchObject({ replaced: true, held: false })
  const mine = (await responsesOf('pc-jinyu')).items
  expect(mine.length).toBe(before + 1)
  expect(mine.find((r) => r.userId === 'u-resident-b')).toMatchObject({ mean: 5, status: 'counted', replacedCount: 1 })
  const botai = (await responsesOf('pc-botai')).items.filter((r) => r.userId === 'u-resident-d')
  expect(botai.map((r) => r.replacedCount)).toEqual([0])
  expect((await host.ok('rating', 'survey', {}, token)).submitted).toBe(true)
})

test('staff of any org cannot answer, the company’s own staff included', async () => {
  for (const persona of ['property-staff', 'property-manager', 'grid-worker', 'community-admin', 'street-admin']) {
    const token = await host.login(persona)
    const res = await host.call(
      'rating',
      'submitSurvey',
      { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5) },
      token,
    )
    expect([persona, ...codeOf(res)]).toEqual([persona, 403, 'FORBIDDEN'])
    expect(codeOf(await host.call('rating', 'survey', {}, token))).toEqual([403, 'FORBIDDEN'])
  }
})

test('bad input is a clear 4xx: wrong quarter, missing answers, out-of-range score, no company, blocked comment', async () => {
  const token = await host.login('resident-a')
  const submit = (data: Record<string, unknown>, t = token) =>
    host.call('rating', 'submitSurvey', { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(4), ...data }, t)
  const past = await submit({ quarter: '2026-Q3' })
  expect(codeOf(past)).toEqual([400, 'INVALID_INPUT'])
  expect(past.body.ok || past.body.error.message).toContain('2026-Q4')
  const partial = await submit({ answers: { attitude: 4 } })
  expect(codeOf(partial)).toEqual([400, 'INVALID_INPUT'])
  expect(partial.body.ok || partial.body.error.message).toContain('请回答全部5个问题')
  expect(codeOf(await submit({ answers: { ...ANSWERS(4), fees: 6 } }))).toEqual([400, 'INVALID_INPUT'])
  expect(codeOf(await submit({ quarter: '2026Q4' }))).toEqual([400, 'INVALID_INPUT'])
  const blocked = await submit({ comment: '楼下有人聚众赌博' })
  expect(codeOf(blocked)).toEqual([400, 'INVALID_INPUT'])
  // 和谐小区 has no property company
  expect(codeOf(await submit({}, await host.login('resident-c')))).toEqual([409, 'CONFLICT'])
  expect((await responsesOf('pc-botai')).items.filter((r) => r.userId === 'u-resident-a')).toEqual([])
})

test('a burst from one device is held; the street sees answers and reason only, then discards', async () => {
  later()
  const residents = (await residentsOf(host, 'es-nanhu')).slice(0, 5)
  const results = []
  for (const r of residents) {
    results.push(
      await host.ok(
        'rating',
        'submitSurvey',
        { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5), deviceId: 'same-phone' },
        r.token,
      ),
    )
  }
  expect(results.map((r) => r.held)).toEqual([false, false, false, true, true])
  const street = await host.login('street-admin')
  const held = await host.ok('rating', 'held', { quarter: '2026-Q4' }, street)
  const nanhu = held.items.filter((i: { companyId: string }) => i.companyId === 'pc-nanhu')
  expect(nanhu).toHaveLength(2)
  expect(nanhu[0]).toMatchObject({ companyName: '南湖物业管理处', holdReason: expect.stringContaining('同一设备') })
  const text = JSON.stringify(held)
  for (const r of residents) expect(text).not.toContain(r.id)
  // a company cannot see held responses at all
  expect(
    codeOf(await host.call('rating', 'held', { quarter: '2026-Q4' }, await host.login('property-manager'))),
  ).toEqual([403, 'FORBIDDEN'])
  const review = await host.ok(
    'rating',
    'reviewHeld',
    { ids: nanhu.map((i: { id: string }) => i.id), decision: 'discard' },
    street,
  )
  expect(review).toMatchObject({ updated: 2, skipped: 0 })
  const stored = (await responsesOf('pc-nanhu')).items
  expect(stored.filter((r) => r.status === 'discarded')).toHaveLength(2)
  expect(stored.filter((r) => r.status === 'counted')).toHaveLength(3)
  // reviewing again changes nothing; the audit row names the action
  expect(
    await host.ok('rating', 'reviewHeld', { ids: nanhu.map((i: { id: string }) => i.id), decision: 'accept' }, street),
  ).toMatchObject({
    updated: 0,
  })
  const audit = await host.platform.store.collection('audit_log').find({ where: { action: 'rating.reviewHeld' } })
  expect(audit.items.length).toBeGreaterThanOrEqual(1)
})

test('a comment repeating another household’s word for word is held; accepting it makes it count', async () => {
  const [a, b] = (await residentsOf(host, 'es-binjiang')).slice(0, 2)
  const comment = '物业服务很好，非常满意'
  later()
  const first = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5), comment, deviceId: 'x1' },
    a.token,
  )
  later()
  const second = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5), comment, deviceId: 'x2' },
    b.token,
  )
  expect([first.held, second.held]).toEqual([false, true])
  const street = await host.login('street-admin')
  const held = await host.ok('rating', 'held', { quarter: '2026-Q4' }, street)
  const copy = held.items.find((i: { comment: string }) => i.comment === comment)
  expect(copy.holdReason).toContain('完全相同')
  await host.ok('rating', 'reviewHeld', { ids: [copy.id], decision: 'accept' }, street)
  const stored = await host.platform.store.collection('survey_responses').get(copy.id)
  expect(stored?.status).toBe('counted')
})

test('one response per household: another member of the same household replaces it; an unverified resident is refused', async () => {
  later()
  await host.login('resident-b')
  const before = (await responsesOf('pc-jinyu')).items
  // one response per room and quarter: its id stays, whoever of the household answers
  const responseId = before.find((r) => r.userId === 'u-resident-b')?._id
  expect(responseId).toEqual(expect.any(String))
  // a family member who bound the same room and was verified: a household record of their own, same room
  const users = host.platform.store.collection('users')
  const homes = host.platform.store.collection('households')
  const b = (await users.get('u-resident-b'))!
  const { _v, _id, ...home } = (await homes.get(String(b.householdId)))!
  const member = { id: 'u-resident-b-family', token: '' }
  await homes.insert({ ...home, _id: 'hh-resident-b-family', userId: member.id, requestKey: `${member.id}:test` })
  await users.insert({
    _id: member.id,
    kind: 'resident',
    name: '李建国家属',
    persona: '',
    scopes: [],
    address: b.address,
    householdId: 'hh-resident-b-family',
    householdVerified: true,
  })
  member.token = await host.platform.identity.issueToken!(member.id)
  const out = await host.ok(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(1), deviceId: 'dev-member' },
    member.token,
  )
  expect(out).toMatchObject({ companyId: 'pc-jinyu', replaced: true })
  const after = (await responsesOf('pc-jinyu')).items
  expect(after).toHaveLength(before.length)
  expect(after.filter((r) => r.userId === 'u-resident-b')).toHaveLength(0)
  expect(after.find((r) => r._id === responseId)).toMatchObject({ userId: member.id, mean: 1 })

  // a resident who has not bound a verified home has no company to rate and writes nothing
  const stranger = await newResident(host, '未核实居民')
  const res = await host.call(
    'rating',
    'submitSurvey',
    { requestId: requestId(), quarter: '2026-Q4', answers: ANSWERS(5) },
    stranger.token,
  )
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  const all = await host.platform.store.collection('survey_responses').find({ where: {}, limit: 1000 })
  expect(all.items.filter((r) => r.userId === stranger.id)).toEqual([])
})
