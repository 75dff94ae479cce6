import { marketTemplatesFor, parseMarketTemplates } from '../../../src/lib/market-templates'

const ALL = parseMarketTemplates('confirmed:T-ok, reminder:T-rem,offer:T-offer ,cancelled:T-cancel')

describe('parseMarketTemplates', () => {
  test.each([
    ['', {}],
    [undefined, {}],
    ['confirmed:A', { confirmed: 'A' }],
    ['confirmed:A,bogus:B,offer:', { confirmed: 'A' }],
    ['noColon,reminder: R ', { reminder: 'R' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseMarketTemplates(raw)).toEqual(expected)
  })
})

describe('marketTemplatesFor: at most 3 per tap, the ones this person can still receive', () => {
  test.each([
    ['book', ['T-ok', 'T-rem', 'T-cancel']],
    ['waitlist', ['T-offer', 'T-rem', 'T-cancel']],
    ['acceptOffer', ['T-ok', 'T-rem', 'T-cancel']],
  ] as const)('%s asks for %j', (tap, ids) => {
    const asked = marketTemplatesFor(tap, ALL)
    expect(asked).toEqual(ids)
    expect(asked.length).toBeLessThanOrEqual(3)
  })

  test('every tap asks for the organiser cancellation when the street configured it', () => {
    for (const tap of ['book', 'waitlist', 'acceptOffer'] as const)
      expect(marketTemplatesFor(tap, ALL)).toContain('T-cancel')
  })

  test('unconfigured kinds are skipped, not asked as empty ids', () => {
    expect(marketTemplatesFor('waitlist', { reminder: 'R' })).toEqual(['R'])
    expect(marketTemplatesFor('book', {})).toEqual([])
  })
})
