import { marketRates, utilisation } from '../../../cloudfunctions/_core/market'

describe('market figures', () => {
  test.each([
    [
      'a busy market',
      { bookable: 40, booked: 30, checkedIn: 24, noShows: 6, waitEntries: 10, offersAccepted: 4 },
      { fillRate: 0.75, noShowRate: 0.2, waitlistConversion: 0.4 },
    ],
    [
      'an empty market divides by nothing',
      { bookable: 0, booked: 0, checkedIn: 0, noShows: 0, waitEntries: 0, offersAccepted: 0 },
      { fillRate: 0, noShowRate: 0, waitlistConversion: 0 },
    ],
  ])('%s', (_what, counts, rates) => {
    expect(marketRates(counts)).toEqual(rates)
  })
  test('utilisation counts walk-ins with those who came', () => {
    expect(utilisation(8, 4, 30)).toBe(0.4)
    expect(utilisation(0, 0, 0)).toBe(0)
  })
})
