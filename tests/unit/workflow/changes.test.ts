/**
 * The change builders, without a store: what each action writes, and what it must never write
 * (its own status; the order's place on a transfer).
 */
import {
  acknowledgeChange,
  autoCloseChange,
  type Change,
  cancelChange,
  confirmChange,
  escalateChange,
  grabChange,
  NO_DEADLINE,
  progressChange,
  rateChange,
  rejectChange,
  rejectHeldChange,
  releaseHeldChange,
  reopenChange,
  resolveChange,
  returnChange,
  transferChange,
  whistleChange,
  whistleOverdue,
  whistleOverdueChange,
  whistleReportChange,
} from '../../../cloudfunctions/_core/workflow'

const now = new Date('2026-11-23T02:00:00.000Z') // Monday 10:00 China time
const later = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString()
const deadlines = { acknowledgeBy: later(2), resolveBy: later(24) }
const order = (over: Record<string, unknown> = {}) => ({
  status: 'assigned' as const,
  nextDeadline: later(1),
  acknowledgeBy: later(1),
  resolveBy: later(8),
  whistle: null,
  closedAt: null,
  reopenCount: 0,
  supervised: false,
  routeReason: '已派给 甲物业',
  ...over,
})
const pendingWhistle = {
  departmentId: 'dp-1',
  departmentName: '城管中队',
  note: 'n',
  by: 'a',
  at: now.toISOString(),
  reportBy: later(3),
  reportedAt: null,
}

const every: Array<[string, Change]> = [
  ['acknowledge', acknowledgeChange(order())],
  ['grab', grabChange(order(), { id: 'u-1', name: '刘师傅' })],
  ['progress', progressChange({ note: '在修', photos: [] })],
  ['resolve', resolveChange(now, { note: '修好了', photos: ['f_1'] }, 7)],
  [
    'transfer',
    transferChange({
      org: { id: 'pc-2', kind: 'property', name: '乙物业' },
      staff: null,
      deadlines,
      reason: '不归我们',
    }),
  ],
  ['return', returnChange(now, '非本单位职责', { redispatchHours: 4 })],
  ['reject', rejectChange(now, '重复报事')],
  [
    'whistle',
    whistleChange(order(), now, {
      department: { id: 'dp-1', name: '城管中队' },
      note: '占道',
      by: '张三',
      reportHours: 24,
    }),
  ],
  ['whistle_report', whistleReportChange(order({ whistle: pendingWhistle }), now, '李四')],
  ['confirm', confirmChange(now)],
  ['rate', rateChange(order({ status: 'resolved' }), now, { stars: 4, tags: ['态度好'], comment: '好' })],
  ['cancel', cancelChange(now, undefined)],
  ['reopen', reopenChange(order({ status: 'resolved' }), '没修好', deadlines)],
  [
    'escalate',
    escalateChange({
      toLevel: 1,
      rung: 'supervisor',
      notify: { role: 'property_manager', orgId: 'pc-1' },
      nextDeadline: later(4),
      note: '升级',
    }),
  ],
  ['escalate', whistleOverdueChange(order({ whistle: pendingWhistle }))],
  ['auto_close', autoCloseChange(now, 7)],
  ['dispatch', releaseHeldChange(order({ status: 'held' }), deadlines, false)],
  ['reject', rejectHeldChange()],
]

test.each(every)('%s: starts with its own step and never names a status', (action, change) => {
  expect(change.events[0].action).toBe(action)
  for (const field of ['status', 'statusGroup', '_v', '_id']) expect(change.patch).not.toHaveProperty(field)
})

test('a transfer changes the handler and the clock, never the place of the order', () => {
  const { patch } = transferChange({
    org: { id: 'pc-2', kind: 'property', name: '乙物业' },
    staff: { id: 'u-9', name: '王五' },
    deadlines,
    reason: '属乙物业',
  })
  expect(patch).toEqual({
    handlerKind: 'property',
    handlerOrgId: 'pc-2',
    handlerOrgName: '乙物业',
    handlerStaffId: 'u-9',
    handlerStaffName: '王五',
    routeReason: '已转派给 乙物业：属乙物业',
    ...deadlines,
    nextDeadline: deadlines.acknowledgeBy,
    escalationLevel: 0,
  })
  for (const field of ['communityId', 'streetId', 'estateId', 'gridId', 'buildingId', 'addressLabel'])
    expect(patch).not.toHaveProperty(field)
})

test.each([
  // reopenCount before, supervised before → supervise step?
  [0, false, false],
  [2, false, false],
  [3, false, true],
  [5, true, false],
])('reopen #%i+1 (supervised %p): a supervise step by the system = %p', (reopenCount, supervised, step) => {
  const change = reopenChange(order({ status: 'closed', reopenCount, supervised }), '还是不亮', deadlines)
  expect(change.patch).toMatchObject({
    reopenCount: reopenCount + 1,
    supervised: supervised || step,
    nextDeadline: deadlines.acknowledgeBy,
    escalationLevel: 0,
    resolvedAt: null,
    closedAt: null,
    afterPhotos: [],
  })
  expect(change.events.map((e) => [e.action, e.system ?? null])).toEqual([
    ['reopen', null],
    ...(step ? [['supervise', '小北督办']] : []),
  ])
})

test.each([
  [
    'acknowledge keeps a pending whistle’s earlier deadline',
    acknowledgeChange(order({ whistle: pendingWhistle })),
    pendingWhistle.reportBy,
  ],
  ['acknowledge without a whistle moves to resolve-by', acknowledgeChange(order()), later(8)],
  [
    'whistle brings its report-by forward',
    whistleChange(order({ nextDeadline: later(30) }), now, {
      department: { id: 'd', name: 'D' },
      note: 'x',
      by: 'y',
      reportHours: 24,
    }),
    later(24),
  ],
  [
    'whistle keeps an earlier deadline',
    whistleChange(order(), now, { department: { id: 'd', name: 'D' }, note: 'x', by: 'y', reportHours: 24 }),
    later(1),
  ],
  [
    '报到 puts the state’s own deadline back',
    whistleReportChange(order({ status: 'acknowledged', whistle: pendingWhistle }), now, 'z'),
    later(8),
  ],
  ['a closed order has no live deadline', confirmChange(now), NO_DEADLINE],
  ['auto-close', autoCloseChange(now, 7), NO_DEADLINE],
  [
    'a held order dispatched counts from now',
    releaseHeldChange(order({ status: 'held' }), deadlines, true),
    deadlines.acknowledgeBy,
  ],
  ['resolve waits 7 days for the resident', resolveChange(now, { note: 'n', photos: [] }, 7), later(7 * 24)],
  [
    'return: 4 working hours to re-dispatch (Monday 10:00 → 14:00)',
    returnChange(now, 'r', { redispatchHours: 4 }),
    later(4),
  ],
] as const)('%s', (_name, change, next) => {
  expect(change.patch.nextDeadline).toBe(next)
})

test('whistleOverdue: only a pending whistle past its report-by, once', () => {
  const past = { ...pendingWhistle, reportBy: later(-1) }
  expect(whistleOverdue(order({ whistle: past }), now)).toBe(true)
  expect(whistleOverdue(order({ whistle: past, whistleOverdueNotified: true }), now)).toBe(false)
  expect(whistleOverdue(order({ whistle: { ...past, reportedAt: later(-2) } }), now)).toBe(false)
  expect(whistleOverdue(order({ whistle: pendingWhistle }), now)).toBe(false)
  expect(whistleOverdue(order(), now)).toBe(false)
})

test('rate keeps an earlier close time and writes the stars on the timeline', () => {
  const closedAt = later(-5)
  const change = rateChange(order({ status: 'closed', closedAt }), now, { stars: 2, tags: ['速度慢'] })
  expect(change.patch).toMatchObject({ closedAt, rating: { stars: 2, tags: ['速度慢'], at: now.toISOString() } })
  expect(change.events[0].note).toBe('★★☆☆☆ 不满意 速度慢')
})

test('a held order released before its check answered says so on the timeline', () => {
  expect(releaseHeldChange(order({ status: 'held' }), deadlines, true).events[0].note).toMatch(/^照片审核未返回/)
  expect(releaseHeldChange(order({ status: 'held' }), deadlines, false).events[0].note).toBe('已派给 甲物业')
})
