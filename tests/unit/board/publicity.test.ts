import {
  NEXT_STAGE,
  publicityEndsAt,
  publishRefusal,
  quarterDays,
  scoreBoard,
  tasksOfFinalBoard,
} from '../../../cloudfunctions/_core/board'
import { workCalendar } from '../../../cloudfunctions/_core/deadlines/workdays'
import { boardHistorySeed } from '../../../cloudfunctions/_seed/board-history'
import { BoardSettings } from '../../../types/board'

describe('publicityEndsAt: 00:00 China time after the Nth working day following the start day', () => {
  test.each([
    // Monday 4 Jan 2027 10:00 China → Tue 5 … Mon 11 are 5 working days → ends Tue 12 00:00 China
    ['2027-01-04T02:00:00Z', 5, '2027-01-11T16:00:00.000Z'],
    // Friday 27 Nov 2026 → Mon 30 Nov … Fri 4 Dec → ends Sat 5 Dec 00:00 China
    ['2026-11-27T02:00:00Z', 5, '2026-12-04T16:00:00.000Z'],
    // late on a Friday evening China time (still Friday): the same
    ['2026-11-27T15:30:00Z', 5, '2026-12-04T16:00:00.000Z'],
    // started during the National Day holiday (1 Oct 2026): the holiday days do not count
    ['2026-10-01T02:00:00Z', 1, '2026-10-08T16:00:00.000Z'],
  ])('from %s, %i working days → %s', (start, days, end) => {
    expect(publicityEndsAt(new Date(start), days)).toBe(end)
  })

  test("a street's own 调休 (a Saturday made a workday) counts", () => {
    const calendar = workCalendar([{ year: 2026, holidays: [], workdays: ['2026-11-28'] }])
    expect(publicityEndsAt(new Date('2026-11-27T02:00:00Z'), 1, calendar)).toBe('2026-11-28T16:00:00.000Z')
  })
})

describe('publishRefusal: draft → publicity → final, final only after the window with no pending appeal', () => {
  const now = new Date('2027-01-12T02:00:00Z')
  const ended = '2027-01-11T16:00:00.000Z'
  const open = '2027-01-13T16:00:00.000Z'
  test.each([
    ['draft', null, 'publicity', 0, ''],
    ['draft', null, 'final', 0, '不能直接'],
    ['publicity', ended, 'final', 0, ''],
    ['publicity', open, 'final', 0, '公示期尚未结束'],
    ['publicity', ended, 'final', 2, '2件申诉未处理'],
    ['publicity', ended, 'publicity', 0, '不能直接'],
    ['final', ended, 'final', 0, '已正式发布'],
  ] as const)('%s (ends %s) → %s with %i pending: %s', (stage, ends, to, pending, refusal) => {
    const said = publishRefusal({ stage, publicityEndsAt: ends }, to, now, pending)
    if (refusal === '') expect(said).toBe('')
    else expect(said).toContain(refusal)
  })

  test('the stage table has one forward move each and none after final', () => {
    expect(NEXT_STAGE).toEqual({ draft: 'publicity', publicity: 'final', final: null })
  })
})

test.each([
  ['2026-Q1', '2026-01-01', '2026-03-31'],
  ['2028-Q1', '2028-01-01', '2028-03-31'],
  ['2026-Q2', '2026-04-01', '2026-06-30'],
  ['2026-Q3', '2026-07-01', '2026-09-30'],
  ['2026-Q4', '2026-10-01', '2026-12-31'],
])('quarterDays(%s) = %s … %s', (q, from, to) => {
  expect(quarterDays(q)).toEqual({ from, to })
})

describe('tasksOfFinalBoard', () => {
  const settings = BoardSettings.parse({})
  const facts = (id: string, good: boolean, veto: string | null = null, blackBefore = false) => ({
    companyId: id,
    companyName: `物业${id}`,
    ratings: 100,
    ratingsSatisfied: good ? 97 : 20,
    surveyHouseholds: 50,
    surveySatisfied: good ? 49 : 5,
    discarded: 0,
    orders: 100,
    acknowledgeDue: 100,
    acknowledgedOnTime: good ? 100 : 40,
    resolveDue: 100,
    resolvedOnTime: good ? 100 : 30,
    closed: 100,
    reopened: good ? 0 : 40,
    households: 1000,
    checklist: good ? 96 : 40,
    veto,
    blackBefore,
  })
  test('one task per community served by each black company, referral when black the quarter before', () => {
    const items = scoreBoard(
      [facts('a', true), facts('b', false, null, true), facts('c', true, '违规收费：多收停车费')],
      settings,
    )
    const tasks = tasksOfFinalBoard({
      streetId: 's',
      quarter: '2026-Q3',
      items,
      communitiesOf: (id) => (id === 'b' ? ['c1', 'c2'] : ['c1']),
      dueAt: 'due',
      now: 'now',
    })
    expect(tasks.map((t) => [t._id, t.referral, t.reason.slice(0, 4)])).toEqual([
      ['bt_2026-Q3_b_c1', true, '季度评分'],
      ['bt_2026-Q3_b_c2', true, '季度评分'],
      ['bt_2026-Q3_c_c1', false, '一票否决'],
    ])
  })
})

describe('the seeded board history', () => {
  const now = new Date('2026-12-01T02:00:00Z')
  test('deterministic, and the last full quarter shows a 红榜, a 黑榜 and a 样本不足 company', () => {
    const a = boardHistorySeed(now)
    expect(boardHistorySeed(now)).toEqual(a)
    const [q2, q3] = a.boards as unknown as Array<{
      quarter: string
      stage: string
      items: Array<{ list: string; referral: boolean }>
    }>
    expect([q2.quarter, q3.quarter, q3.stage]).toEqual(['2026-Q2', '2026-Q3', 'final'])
    expect([...new Set(q3.items.map((i) => i.list))].sort()).toEqual(['black', 'insufficient', 'none', 'red'])
    expect(q3.items.some((i) => i.list === 'black' && i.referral)).toBe(true)
    // one response per household and quarter: no id twice
    const ids = a.survey_responses.map((r) => r._id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
