import {
  gradeOf,
  lastEndedQuarter,
  listOf,
  previousQuarter,
  quarterOf,
  quarterRange,
  shrink,
  wilsonLower,
} from '../../../cloudfunctions/_core/board'

describe('Bayesian shrink toward the street mean (m = 20)', () => {
  test.each([
    // satisfied, n, street mean, m, expected
    [0, 0, 0.8, 20, 0.8], // no ratings: the street mean
    [10, 10, 0.5, 20, (10 + 10) / 30], // 10 of 10 pulled down toward 0.5
    [0, 10, 0.9, 20, 18 / 30], // 0 of 10 pulled up toward 0.9
    [900, 1000, 0.5, 20, 910 / 1020], // many ratings: the company's own share speaks
    [5, 5, 0.7, 0, 1], // m = 0: the raw share
  ])('shrink(%d, %d, %d, %d) = %f', (s, n, mean, m, expected) => {
    expect(shrink(s, n, mean, m)).toBeCloseTo(expected, 10)
  })

  test('a company with 3 of 3 satisfied scores below one with 95 of 100', () => {
    expect(shrink(3, 3, 0.7, 20)).toBeLessThan(shrink(95, 100, 0.7, 20))
  })
})

describe('Wilson lower bound (95%)', () => {
  test.each([
    [0, 0, 0],
    [10, 10, 0.7225],
    [50, 100, 0.4038],
    [95, 100, 0.8882],
    [0, 10, 0],
    [1, 1, 0.2065],
  ])('wilson(%d of %d) = %f', (s, n, expected) => {
    expect(wilsonLower(s, n)).toBeCloseTo(expected, 3)
  })

  test('the same share with more evidence has a higher lower bound', () => {
    expect(wilsonLower(9, 10)).toBeLessThan(wilsonLower(90, 100))
  })
})

describe('grades: AAA ≥ 85, AA ≥ 80, A ≥ 70, B ≥ 60, C < 60', () => {
  test.each([
    [100, 'AAA'],
    [85, 'AAA'],
    [84.9, 'AA'],
    [80, 'AA'],
    [79.9, 'A'],
    [70, 'A'],
    [69.9, 'B'],
    [60, 'B'],
    [59.9, 'C'],
    [0, 'C'],
  ] as const)('%d → %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade)
  })
})

describe('lists', () => {
  test.each([
    // grade, sufficient, vetoed, list
    ['AAA', true, false, 'red'],
    ['AAA', false, false, 'insufficient'],
    ['AAA', true, true, 'black'], // a veto whatever the score
    ['AAA', false, true, 'black'], // a veto whatever the sample
    ['AA', true, false, 'none'],
    ['B', true, false, 'none'],
    ['C', true, false, 'black'],
    ['C', false, false, 'insufficient'],
  ] as const)('%s sufficient=%s vetoed=%s → %s', (grade, sufficient, vetoed, list) => {
    expect(listOf(grade, sufficient, vetoed)).toBe(list)
  })
})

describe('quarters in China time', () => {
  test.each([
    ['2026-Q3', '2026-06-30T16:00:00.000Z', '2026-09-30T16:00:00.000Z'],
    ['2026-Q1', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['2026-Q4', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
  ])('%s runs from %s to %s', (q, from, to) => {
    expect(quarterRange(q)).toEqual({ from, to })
  })

  test.each([
    ['2026-09-30T15:59:59.999Z', '2026-Q3'],
    ['2026-09-30T16:00:00.000Z', '2026-Q4'],
    ['2026-12-01T10:00:00.000Z', '2026-Q4'],
  ])('%s is in %s', (at, q) => {
    expect(quarterOf(new Date(at))).toBe(q)
  })

  test('previous and last ended quarter', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4')
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2')
    expect(lastEndedQuarter(new Date('2026-12-01T10:00:00Z'))).toBe('2026-Q3')
  })
})
