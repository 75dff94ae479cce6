/**
 * Responsibility follows the holder: each clock (派单, 转派, 重办) is charged its 签收 and 办结
 * deadlines only when its holder did the step or still held the order when the deadline came; a
 * 退回 within 2 working hours of dispatch is charged nothing (but still counts as a return).
 */
import {
  type ClockFacts,
  endedClockRows,
  initialKpiState,
  type KpiEvent,
  kpiFold,
  orderRow,
} from '../../../cloudfunctions/_core/kpis'
import { returnChange } from '../../../cloudfunctions/_core/workflow'

/** China time on a November 2026 day: t('23 10:00') → ISO. */
const t = (s: string) => new Date(`2026-11-${s.slice(0, 2)}T${s.slice(3)}:00+08:00`).toISOString()

const hold = (org: string, at: string, ackBy: string, resolveBy: string) => ({
  holderOrgId: org,
  holderKind: 'property' as const,
  acknowledgeBy: t(ackBy),
  resolveBy: t(resolveBy),
  at: t(at),
})
const dispatch = (org: string, at: string, ackBy: string, resolveBy: string): KpiEvent => ({
  action: 'dispatch',
  ...hold(org, at, ackBy, resolveBy),
})
const transfer = (org: string, at: string, ackBy: string, resolveBy: string): KpiEvent => ({
  action: 'transfer',
  ...hold(org, at, ackBy, resolveBy),
})
const reopen = (org: string, at: string, ackBy: string, resolveBy: string): KpiEvent => ({
  action: 'reopen',
  ...hold(org, at, ackBy, resolveBy),
})
const step = (action: KpiEvent['action'], at: string, extra: Partial<KpiEvent> = {}): KpiEvent => ({
  action,
  at: t(at),
  ...extra,
})

/** Each clock as [org, 签收, 办结, 派单, 退回]: 'ok' / 'missed' when charged, '—' when not. */
type Row = [org: string, ack: string, resolve: string, dispatched: boolean, returned: boolean]
const rowOf = (f: ClockFacts): Row => [
  f.kOrg,
  f.kAckAt === null ? '—' : f.kAckOk ? 'ok' : 'missed',
  f.kResolveAt === null ? '—' : f.kResolveOk ? 'ok' : 'missed',
  f.kDispatchAt !== null,
  f.kReturned,
]

function clocksOf(events: KpiEvent[]): Row[] {
  const state = kpiFold(
    initialKpiState({ createdAt: events[0].at, handlerOrgId: 'A', handlerKind: 'property', repeat: false }),
    events,
  )
  const ended = endedClockRows(state).map((r) => rowOf(r.facts))
  const open = orderRow(state)
  return open.kOrg ? [...ended, rowOf(open)] : ended
}

const D = dispatch('A', '23 10:00', '23 12:00', '24 10:00')

test.each<[string, KpiEvent[], Row[]]>([
  [
    'on time at both steps',
    [D, step('acknowledge', '23 11:00'), step('resolve', '23 16:00')],
    [['A', 'ok', 'ok', true, false]],
  ],
  [
    '签收 late, 办结 on time',
    [D, step('grab', '23 13:00'), step('resolve', '24 09:00')],
    [['A', 'missed', 'ok', true, false]],
  ],
  ['still open, nothing done: both charged as missed once due', [D], [['A', 'missed', 'missed', true, false]]],
  [
    'transferred before the 签收 deadline: the first holder is charged nothing, the new one both',
    [
      D,
      transfer('B', '23 11:00', '23 13:00', '24 11:00'),
      step('acknowledge', '23 12:00'),
      step('resolve', '24 12:00'),
    ],
    [
      ['A', '—', '—', true, false],
      ['B', 'ok', 'missed', true, false],
    ],
  ],
  [
    'transferred after the missed 签收 deadline: the first holder keeps that miss, not the 办结 one',
    [D, transfer('B', '23 15:00', '23 17:00', '24 15:00'), step('acknowledge', '23 16:00')],
    [
      ['A', 'missed', '—', true, false],
      ['B', 'ok', 'missed', true, false],
    ],
  ],
  [
    'acknowledged on time then transferred: the 签收 counts for the first holder',
    [D, step('acknowledge', '23 11:00'), transfer('B', '23 14:00', '23 16:00', '24 14:00')],
    [
      ['A', 'ok', '—', true, false],
      ['B', 'missed', 'missed', true, false],
    ],
  ],
  [
    'a quick return (within the grace) is charged nothing but counts as a return',
    [D, step('return', '23 11:00', { quickReturn: true }), transfer('B', '23 11:30', '23 13:30', '24 11:30')],
    [
      ['A', '—', '—', true, true],
      ['B', 'missed', 'missed', true, false],
    ],
  ],
  [
    'a late return after the missed 签收 deadline is charged that miss',
    [D, step('return', '23 15:00'), transfer('B', '23 16:00', '24 09:00', '25 10:00')],
    [
      ['A', 'missed', '—', true, true],
      ['B', 'missed', 'missed', true, false],
    ],
  ],
  [
    'a reopen starts a clock that is no dispatch; the first one keeps its 办结',
    [
      D,
      step('acknowledge', '23 11:00'),
      step('resolve', '23 15:00'),
      step('confirm', '23 18:00'),
      reopen('A', '24 09:00', '24 11:00', '25 09:00'),
    ],
    [
      ['A', 'ok', 'ok', true, false],
      ['A', 'missed', 'missed', false, false],
    ],
  ],
  ['cancelled before any deadline: nothing charged', [D, step('cancel', '23 10:30')], [['A', '—', '—', true, false]]],
])('%s', (_name, events, expected) => {
  expect(clocksOf(events)).toEqual(expected)
})

describe('the 2-working-hour grace of a return, as the workflow decides it', () => {
  const settings = { redispatchHours: 4 }
  // dispatched Friday 16:30: 1 working hour left that day, the second on Monday 08:30–09:30
  const dispatchedAt = t('06 16:30')
  test.each([
    ['Friday 17:00', '06 17:00', true],
    ['Monday 09:30 (exactly at the grace end)', '09 09:30', true],
    ['Monday 09:31', '09 09:31', false],
    ['Tuesday', '10 09:00', false],
  ])('returned %s (%s) → quick: %s', (_name, at, quick) => {
    const change = returnChange(new Date(t(at)), '非本单位职责', settings, dispatchedAt)
    expect(change.events[0].quickReturn === true).toBe(quick)
    const rows = clocksOf([
      dispatch('A', '06 16:30', '09 09:30', '10 16:30'),
      step('return', at, { quickReturn: change.events[0].quickReturn }),
    ])
    expect(rows[0][1]).toBe(quick ? '—' : 'missed')
  })
  test('a return with no known dispatch time is never quick', () => {
    expect(returnChange(new Date(t('23 10:05')), '非本单位职责', settings).events[0].quickReturn).toBeUndefined()
  })
})
