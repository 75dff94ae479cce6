import {
  DEFAULT_ESCALATION_POLICY,
  type EscalatableOrder,
  escalationStep,
  needsSupervision,
  REOPEN_SUPERVISION_LIMIT,
  shouldAutoClose,
} from '../../../cloudfunctions/_core/escalation'

const order = (over: Partial<EscalatableOrder> = {}): EscalatableOrder => ({
  status: 'assigned',
  statusGroup: 'open',
  escalationLevel: 0,
  nextDeadline: '2026-11-23T04:00:00.000Z',
  handlerKind: 'property',
  handlerOrgId: 'pc-botai',
  communityId: 'cm-beiyuan',
  streetId: 'st-haibei',
  ...over,
})
const late = new Date('2026-11-23T05:00:00.000Z')

describe('escalationStep', () => {
  it.each([
    // [handler kind, level, expected rung, notify role, notify org]
    ['property', 0, 'supervisor', 'property_manager', 'pc-botai'],
    ['grid', 0, 'supervisor', 'grid_leader', 'cm-beiyuan'],
    ['community', 0, 'supervisor', 'community_admin', 'cm-beiyuan'],
    ['department', 0, 'supervisor', 'department_officer', 'pc-botai'],
    ['property', 1, 'community', 'community_admin', 'cm-beiyuan'],
    ['grid', 1, 'community', 'community_admin', 'cm-beiyuan'],
    ['property', 2, 'street', 'street_admin', 'st-haibei'],
    ['grid', 2, 'street', 'street_admin', 'st-haibei'],
  ] as const)('%s order at level %d → %s (%s of %s)', (handlerKind, level, rung, role, orgId) => {
    const step = escalationStep(order({ handlerKind, escalationLevel: level }), late)
    const grace = DEFAULT_ESCALATION_POLICY.graceHours[level]
    expect(step).toEqual({
      toLevel: level + 1,
      rung,
      notify: { role, orgId },
      nextDeadline: new Date(late.getTime() + grace * 3_600_000).toISOString(),
      note: expect.stringContaining(`第${level + 1}级`),
    })
  })

  it.each([
    ['not yet due', order({}), new Date('2026-11-23T03:59:59.999Z')],
    ['exactly at the deadline', order({}), new Date('2026-11-23T04:00:00.000Z')],
    ['already at the street', order({ escalationLevel: 3 }), late],
    ['resolved (fixed)', order({ status: 'resolved', statusGroup: 'fixed' }), late],
    ['closed', order({ status: 'closed', statusGroup: 'closed' }), late],
    ['cancelled', order({ status: 'cancelled', statusGroup: 'closed' }), late],
  ])('%s → null', (_why, o, now) => {
    expect(escalationStep(o, now)).toBeNull()
  })

  it('goes one rung per call, even when the order is days late', () => {
    let current = order({ handlerKind: 'grid', handlerOrgId: 'gd-beiyuan-1' })
    const now = new Date('2026-12-31T00:00:00Z')
    const rungs: string[] = []
    for (let i = 0; i < 6; i++) {
      const step = escalationStep(current, now)
      if (!step) break
      rungs.push(step.rung)
      expect(step.toLevel).toBe(current.escalationLevel + 1)
      // the new deadline is in the future, so the same sweep run would not move it again
      expect(
        escalationStep({ ...current, escalationLevel: step.toLevel, nextDeadline: step.nextDeadline }, now),
      ).toBeNull()
      current = { ...current, escalationLevel: step.toLevel, nextDeadline: '2026-12-30T00:00:00Z' }
    }
    expect(rungs).toEqual(['supervisor', 'community', 'street'])
    expect(current.escalationLevel).toBe(3)
  })

  it('takes the street from the order, and grace hours from the policy', () => {
    const step = escalationStep(order({ escalationLevel: 2, streetId: 'st-other' }), late, { graceHours: [1, 2, 3] })
    expect(step?.notify).toEqual({ role: 'street_admin', orgId: 'st-other' })
    expect(step?.nextDeadline).toBe('2026-11-23T08:00:00.000Z')
  })
})

describe('shouldAutoClose', () => {
  it.each([
    ['fixed', '2026-11-23T04:00:00.000Z', late, true],
    ['fixed', '2026-11-23T06:00:00.000Z', late, false],
    ['fixed', late.toISOString(), late, false],
    ['open', '2026-11-23T04:00:00.000Z', late, false],
    ['closed', '2026-11-23T04:00:00.000Z', late, false],
  ] as const)('%s order due %s at %s → %s', (statusGroup, nextDeadline, now, expected) => {
    expect(shouldAutoClose({ statusGroup, nextDeadline }, now)).toBe(expected)
  })
})

describe('needsSupervision', () => {
  it.each([
    [0, false],
    [1, false],
    [3, false],
    [4, true],
    [10, true],
  ])('reopened %d times → %s', (n, expected) => {
    expect(REOPEN_SUPERVISION_LIMIT).toBe(3)
    expect(needsSupervision(n)).toBe(expected)
  })
})
