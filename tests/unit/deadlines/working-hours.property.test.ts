import fc from 'fast-check'
import { addWorkingHours, isChinaWorkday } from '../../../cloudfunctions/_core/deadlines'
import { CHINA_OFFSET_MS, chinaDayIndex } from '../../../cloudfunctions/_core/deadlines/china-time'

/** Starts anywhere in 2026, the year chinese-days has holiday data for; hours in whole minutes. */
const start = fc.date({
  min: new Date('2026-01-01T00:00:00Z'),
  max: new Date('2026-12-15T00:00:00Z'),
  noInvalidDate: true,
})
const minutes = fc.integer({ min: 1, max: 60 * 60 })
const OPEN = 8 * 60 + 30
const CLOSE = 17 * 60 + 30

describe('addWorkingHours properties', () => {
  it('always lands inside office hours on a working day', () => {
    fc.assert(
      fc.property(start, minutes, (s, m) => {
        const end = addWorkingHours(s, m / 60).getTime()
        const minuteOfDay = Math.floor(((end + CHINA_OFFSET_MS) % 86_400_000) / 60_000)
        return isChinaWorkday(chinaDayIndex(end)) && minuteOfDay >= OPEN && minuteOfDay <= CLOSE
      }),
    )
  })

  it('is monotonic in the start and in the hours, and strictly later than the start', () => {
    fc.assert(
      fc.property(start, start, minutes, minutes, (a, b, m, n) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a]
        const [h1, h2] = m <= n ? [m / 60, n / 60] : [n / 60, m / 60]
        const e = addWorkingHours(s1, h1).getTime()
        return e > s1.getTime() && e <= addWorkingHours(s2, h1).getTime() && e <= addWorkingHours(s1, h2).getTime()
      }),
    )
  })

  it('is additive: a then b equals a + b', () => {
    fc.assert(
      fc.property(start, minutes, minutes, (s, a, b) => {
        const twoSteps = addWorkingHours(addWorkingHours(s, a / 60), b / 60).getTime()
        return twoSteps === addWorkingHours(s, (a + b) / 60).getTime()
      }),
    )
  })

  it('never counts more than the office hours of one day per working day passed', () => {
    fc.assert(
      fc.property(start, minutes, (s, m) => {
        const end = addWorkingHours(s, m / 60)
        let workdays = 0
        for (let d = chinaDayIndex(s.getTime()); d <= chinaDayIndex(end.getTime()); d++)
          if (isChinaWorkday(d)) workdays++
        return workdays * (CLOSE - OPEN) >= m
      }),
    )
  })
})
