import { type CompanyFacts, flagSurvey, scoreBoard } from '../../../cloudfunctions/_core/board'
import { BoardSettings } from '../../../types/board'

const settings = BoardSettings.parse({})

/** A company with a large sample and the given shares. */
function company(id: string, over: Partial<CompanyFacts> = {}): CompanyFacts {
  return {
    companyId: id,
    companyName: `物业${id}`,
    ratings: 100,
    ratingsSatisfied: 95,
    surveyHouseholds: 50,
    surveySatisfied: 48,
    discarded: 0,
    orders: 100,
    acknowledgeDue: 100,
    acknowledgedOnTime: 100,
    resolveDue: 100,
    resolvedOnTime: 100,
    closed: 100,
    reopened: 0,
    households: 1000,
    checklist: 95,
    veto: null,
    blackBefore: false,
    ...over,
  }
}
const poor = (id: string, over: Partial<CompanyFacts> = {}) =>
  company(id, {
    ratingsSatisfied: 20,
    surveySatisfied: 5,
    acknowledgedOnTime: 40,
    resolvedOnTime: 30,
    reopened: 40,
    checklist: 40,
    orders: 300,
    ...over,
  })

const byId = (items: ReturnType<typeof scoreBoard>) => Object.fromEntries(items.map((i) => [i.companyId, i]))

describe('scoreBoard', () => {
  test('the breakdown adds up to the score, each component within its weight', () => {
    const items = scoreBoard([company('a'), poor('b')], settings)
    for (const i of items) {
      const b = i.breakdown
      expect(b.residents).toBeLessThanOrEqual(40)
      expect(b.efficiency).toBeLessThanOrEqual(30)
      expect(b.checklist).toBeLessThanOrEqual(20)
      expect(b.intensity).toBeLessThanOrEqual(10)
      expect(i.score).toBeCloseTo(b.residents + b.efficiency + b.checklist + b.intensity, 1)
    }
  })

  test('exact figures for a known pair', () => {
    const { a, b } = byId(scoreBoard([company('a'), poor('b')], settings))
    // street share (95+48+20+5)/300 = 0.56; a: (143 + 20·0.56)/170
    expect(a.breakdown.satisfaction).toBeCloseTo((143 + 20 * 0.56) / 170, 4)
    expect(a.breakdown.efficiency).toBe(30)
    expect(a.breakdown.checklist).toBe(19)
    // per thousand: a 100, b 300, street mean 200 → a 1 − 100/400, b 1 − 300/400
    expect(a.breakdown.intensity).toBe(7.5)
    expect(b.breakdown.intensity).toBe(2.5)
    expect(b.breakdown.efficiency).toBeCloseTo(30 * ((0.4 + 0.3 + 0.6) / 3), 2)
    expect(b.breakdown.onTimeAcknowledge).toBe(0.4)
    expect(b.breakdown.reopenRate).toBe(0.4)
    expect(a.sample).toEqual({ ratings: 100, surveyHouseholds: 50, orders: 100, households: 1000, discarded: 0 })
  })

  test.each([
    // what differs, expected list
    [{}, 'red'],
    [{ ratings: 29, ratingsSatisfied: 28 }, 'insufficient'], // below 30 ratings
    [{ surveyHouseholds: 19, surveySatisfied: 19 }, 'insufficient'], // below 20 survey households
    [{ veto: '违规收费' }, 'black'],
    [{ veto: '违规收费', ratings: 3, ratingsSatisfied: 3 }, 'black'], // veto beats 样本不足
  ] as const)('%o → %s', (over, list) => {
    const items = byId(scoreBoard([company('x', over), company('y'), poor('z')], settings))
    expect(items.x.list).toBe(list)
  })

  test('grade C is black; a 样本不足 company is not ranked and comes last', () => {
    const items = scoreBoard(
      [poor('p'), company('small', { ratings: 5, ratingsSatisfied: 5 }), company('good')],
      settings,
    )
    expect(items.map((i) => [i.companyId, i.rank, i.list])).toEqual([
      ['good', 1, 'red'],
      ['p', 2, 'black'],
      ['small', null, 'insufficient'],
    ])
    expect(items[1].grade).toBe('C')
  })

  test('equal companies share a rank (1, 1, 3)', () => {
    const items = scoreBoard([company('a'), company('b'), poor('c')], settings)
    expect(items.map((i) => i.rank)).toEqual([1, 1, 3])
  })

  test('equal scores inside a grade are ordered by the Wilson lower bound', () => {
    // the same shares, one with four times the evidence: the same shrunk share is not guaranteed, so
    // hold the score equal by giving both the street share exactly and m large
    const s = BoardSettings.parse({ priorWeight: 1000 })
    const few = company('few', { ratings: 30, ratingsSatisfied: 27, surveyHouseholds: 20, surveySatisfied: 18 })
    const many = company('many', { ratings: 300, ratingsSatisfied: 270, surveyHouseholds: 200, surveySatisfied: 180 })
    const items = scoreBoard([few, many], s)
    expect(items[0].score).toBe(items[1].score)
    expect(items.map((i) => [i.companyId, i.rank])).toEqual([
      ['many', 1],
      ['few', 2],
    ])
    expect(items[0].breakdown.wilson).toBeGreaterThan(items[1].breakdown.wilson)
  })

  test('a vetoed company ranks after every other, whatever its score', () => {
    const items = scoreBoard([company('v', { veto: '重大安全事故' }), poor('p')], settings)
    expect(items.map((i) => i.companyId)).toEqual(['p', 'v'])
    expect(items[1].grade).toBe('AAA')
  })

  test('black twice in a row is flagged for referral; black once is not', () => {
    const { p, q } = byId(scoreBoard([poor('p', { blackBefore: true }), poor('q'), company('r')], settings))
    expect(p.referral).toBe(true)
    expect(q.referral).toBe(false)
  })

  test('empty denominators stay null and take the street value, never 0 or 100%', () => {
    const idle = company('idle', {
      acknowledgeDue: 0,
      acknowledgedOnTime: 0,
      resolveDue: 0,
      resolvedOnTime: 0,
      closed: 0,
      reopened: 0,
    })
    const { idle: i } = byId(scoreBoard([idle, poor('p')], settings))
    expect(i.breakdown.onTimeAcknowledge).toBeNull()
    expect(i.breakdown.reopenRate).toBeNull()
    expect(i.breakdown.efficiency).toBeCloseTo(30 * ((0.4 + 0.3 + 0.6) / 3), 2)
  })

  test('weights are street settings', () => {
    const s = BoardSettings.parse({ weights: { residents: 70, efficiency: 10, checklist: 10, intensity: 10 } })
    const [only] = scoreBoard([company('a', { ratingsSatisfied: 100, surveySatisfied: 50 })], s)
    expect(only.breakdown.residents).toBe(70)
    expect(() =>
      BoardSettings.parse({ weights: { residents: 50, efficiency: 30, checklist: 20, intensity: 10 } }),
    ).toThrow('四项权重之和必须为100')
  })
})

describe('anti-gaming', () => {
  const base = { companyId: 'pc', comment: '', submittedAt: '2026-09-01T02:00:00.000Z' }
  const r = (householdId: string, over: object = {}) => ({
    ...base,
    householdId,
    clientIp: `10.0.0.${householdId}`,
    device: `d${householdId}`,
    ...over,
  })
  test.each([
    [
      'three others from one network within 10 minutes',
      [r('1', { clientIp: 'x' }), r('2', { clientIp: 'x' }), r('3', { clientIp: 'x' })],
      r('9', { clientIp: 'x' }),
      '同一网络短时间内提交多份问卷',
    ],
    [
      'two others from one network',
      [r('1', { clientIp: 'x' }), r('2', { clientIp: 'x' })],
      r('9', { clientIp: 'x' }),
      '',
    ],
    [
      'three others from one device',
      [r('1', { device: 'z' }), r('2', { device: 'z' }), r('3', { device: 'z' })],
      r('9', { device: 'z' }),
      '同一设备短时间内提交多份问卷',
    ],
    [
      'one network but an hour apart',
      [
        r('1', { clientIp: 'x', submittedAt: '2026-09-01T00:00:00.000Z' }),
        r('2', { clientIp: 'x', submittedAt: '2026-09-01T00:30:00.000Z' }),
        r('3', { clientIp: 'x', submittedAt: '2026-09-01T01:00:00.000Z' }),
      ],
      r('9', { clientIp: 'x' }),
      '',
    ],
    [
      'the same household resubmitting',
      [r('9', { clientIp: 'x' }), r('9', { clientIp: 'x' }), r('9', { clientIp: 'x' })],
      r('9', { clientIp: 'x' }),
      '',
    ],
    [
      'an identical comment',
      [r('1', { comment: '物业服务非常好 好评' })],
      r('9', { comment: '物业服务非常好好评' }),
      '留言与其他住户完全相同',
    ],
    ['a short identical comment', [r('1', { comment: '好' })], r('9', { comment: '好' }), ''],
    [
      "four households through the host's own loopback 127.0.0.1 (a proxy or a demo, not a network)",
      [r('1', { clientIp: '127.0.0.1' }), r('2', { clientIp: '127.0.0.1' }), r('3', { clientIp: '127.0.0.1' })],
      r('9', { clientIp: '127.0.0.1' }),
      '',
    ],
    [
      "four households through the host's own loopback ::1 (a proxy or a demo, not a network)",
      [r('1', { clientIp: '::1' }), r('2', { clientIp: '::1' }), r('3', { clientIp: '::1' })],
      r('9', { clientIp: '::1' }),
      '',
    ],
    [
      "four households through the host's own loopback ::ffff:127.0.0.1 (a proxy or a demo, not a network)",
      [
        r('1', { clientIp: '::ffff:127.0.0.1' }),
        r('2', { clientIp: '::ffff:127.0.0.1' }),
        r('3', { clientIp: '::ffff:127.0.0.1' }),
      ],
      r('9', { clientIp: '::ffff:127.0.0.1' }),
      '',
    ],
  ])('%s', (_name, recent, candidate, reason) => {
    expect(flagSurvey(candidate, recent)).toBe(reason)
  })
})
