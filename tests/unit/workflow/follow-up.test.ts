/** The reporter's follow-ups as table rows: 催办 (once per 4 working hours), 补充说明 and 追加照片 while open. */
import {
  addPhotosChange,
  decide,
  type GuardFacts,
  NUDGE_INTERVAL_HOURS,
  noteChange,
  nudgeChange,
  orderFacts,
  type Relation,
} from '../../../cloudfunctions/_core/workflow'

const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  status: 'acknowledged',
  handlerStaffId: 'u-holder',
  afterPhotoCount: 0,
  afterPhotoRequired: false,
  rated: false,
  whistlePending: false,
  hasWhistle: false,
  ...over,
})
const rel = (...r: Relation[]) => new Set<Relation>(r)

describe('who may follow up, and when', () => {
  test.each([
    ['nudge', rel('reporter'), facts(), true],
    ['nudge', rel('reporter'), facts({ status: 'held' }), false],
    ['nudge', rel('reporter'), facts({ status: 'resolved' }), false],
    ['nudge', rel('holder'), facts(), false],
    ['nudge', rel('follower', 'neighbour'), facts(), false],
    ['note', rel('reporter'), facts({ status: 'held' }), true],
    ['note', rel('reporter'), facts({ status: 'closed' }), false],
    ['note', rel('holder', 'org_member'), facts(), false],
    ['add_photos', rel('reporter'), facts({ status: 'in_progress' }), true],
    ['add_photos', rel('reporter'), facts({ status: 'cancelled' }), false],
    ['add_photos', rel('community'), facts(), false],
  ] as const)('%s by %p from %p → %p', (action, relations, f, ok) => {
    const verdict = decide(action, relations, f)
    expect(verdict.ok).toBe(ok)
    if (verdict.ok) expect(verdict.to).toBe(f.status)
  })

  test('a second nudge waits until nudgeAfter, then is allowed again', () => {
    const waiting = decide(
      'nudge',
      rel('reporter'),
      facts({ nudgeAfter: '2026-11-23T06:00:00.000Z', now: '2026-11-23T05:59:00.000Z' }),
    )
    expect(waiting).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(waiting.ok ? '' : waiting.message).toContain('后可再次催办')
    expect(
      decide(
        'nudge',
        rel('reporter'),
        facts({ nudgeAfter: '2026-11-23T06:00:00.000Z', now: '2026-11-23T06:00:00.000Z' }),
      ).ok,
    ).toBe(true)
  })

  test('orderFacts carries the stored nudgeAfter and the time of the decision', () => {
    const f = orderFacts(
      { status: 'assigned', handlerStaffId: '', rating: null, whistle: null, nudgeAfter: '2026-11-23T06:00:00.000Z' },
      { now: new Date('2026-11-23T02:00:00Z') },
    )
    expect(f).toMatchObject({ nudgeAfter: '2026-11-23T06:00:00.000Z', now: '2026-11-23T02:00:00.000Z' })
  })
})

describe('change builders', () => {
  test('a nudge on Monday 10:00 (China) may be repeated at 14:00, 4 working hours later', () => {
    const change = nudgeChange(new Date('2026-11-23T02:00:00Z'), '刘师傅', {})
    expect(NUDGE_INTERVAL_HOURS).toBe(4)
    expect(change.patch.nudgeAfter).toBe('2026-11-23T06:00:00.000Z')
    expect(change.events).toEqual([{ action: 'nudge', note: '居民催办，已提醒刘师傅尽快处理' }])
  })

  test('a nudge late on Friday waits over the weekend', () => {
    // Friday 2026-11-27 17:00 China: 4 working hours end on Monday morning
    const change = nudgeChange(new Date('2026-11-27T09:00:00Z'), '网格员', {})
    expect(change.patch.nudgeAfter! > '2026-11-29T16:00:00.000Z').toBe(true)
  })

  test('a note and photos are one timeline event each, with no patch', () => {
    expect(noteChange('晚上八点后家里有人')).toEqual({
      patch: {},
      events: [{ action: 'note', note: '晚上八点后家里有人' }],
    })
    expect(addPhotosChange(['f1'], '')).toEqual({
      patch: {},
      events: [{ action: 'add_photos', note: '', photos: ['f1'] }],
    })
  })
})
