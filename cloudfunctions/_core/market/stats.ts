/** The market's figures from its counts: each ratio has an exact denominator, and 0 when it is empty. */

export interface MarketCounts {
  bookable: number
  /** bookings that held a seat at the end (confirmed, checked in, no-show) */
  booked: number
  checkedIn: number
  noShows: number
  waitEntries: number
  offersAccepted: number
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : 0)

export function marketRates(c: MarketCounts) {
  return {
    /** booked ÷ bookable seats */
    fillRate: ratio(c.booked, c.bookable),
    /** no-shows ÷ bookings whose outcome is known (checked in + no-show) */
    noShowRate: ratio(c.noShows, c.checkedIn + c.noShows),
    /** offers accepted ÷ waiting-list entries */
    waitlistConversion: ratio(c.offersAccepted, c.waitEntries),
  }
}

/** A stall's utilisation: people served (checked in + walk-ins) ÷ its capacity. */
export function utilisation(checkedIn: number, walkIns: number, capacity: number): number {
  return ratio(checkedIn + walkIns, capacity)
}
