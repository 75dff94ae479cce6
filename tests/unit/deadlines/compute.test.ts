import { autoCloseAt, computeDeadlines } from '../../../cloudfunctions/_core/deadlines'

const cn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`)

describe('computeDeadlines', () => {
  it.each([
    // [category, at, acknowledgeBy, resolveBy]
    [
      { urgent: false, acknowledgeHours: 2, resolveHours: 8 },
      '2026-11-23 10:27',
      '2026-11-23 12:27',
      '2026-11-24 09:27',
    ],
    [
      { urgent: false, acknowledgeHours: 2, resolveHours: 8 },
      '2026-09-30 15:00',
      '2026-09-30 17:00',
      '2026-10-08 14:00',
    ],
    [
      { urgent: true, acknowledgeHours: 0.25, resolveHours: 4 },
      '2026-10-01 23:00',
      '2026-10-01 23:15',
      '2026-10-02 03:00',
    ],
    [
      { urgent: true, acknowledgeHours: 1, resolveHours: 8 },
      '2026-11-28 20:00',
      '2026-11-28 21:00',
      '2026-11-29 04:00',
    ],
  ])('%j at %s → ack %s, resolve %s', (category, at, ack, resolve) => {
    expect(computeDeadlines(cn(at), category)).toEqual({
      acknowledgeBy: cn(ack).toISOString(),
      resolveBy: cn(resolve).toISOString(),
    })
  })

  it('returns ISO-8601 UTC strings', () => {
    const d = computeDeadlines(new Date('2026-11-23T02:00:00Z'), {
      urgent: false,
      acknowledgeHours: 1,
      resolveHours: 2,
    })
    expect(d.acknowledgeBy).toBe('2026-11-23T03:00:00.000Z')
    expect(d.resolveBy).toBe('2026-11-23T04:00:00.000Z')
  })
})

describe('autoCloseAt', () => {
  it.each([
    ['2026-11-23T02:00:00.000Z', 7, '2026-11-30T02:00:00.000Z'],
    ['2026-09-30T10:00:00.000Z', 3, '2026-10-03T10:00:00.000Z'], // calendar days: holidays count
    ['2026-11-23T02:00:00.000Z', 0, '2026-11-23T02:00:00.000Z'],
  ])('%s + %d days → %s', (resolvedAt, days, expected) => {
    expect(autoCloseAt(resolvedAt, days)).toBe(expected)
    expect(autoCloseAt(new Date(resolvedAt), days)).toBe(expected)
  })
})
