/** The year's calendar as the page draws it: months of weeks (周一 first), each day rest or work. */

export interface Day {
  date: string
  day: number
  weekend: boolean
  /** a cell before the 1st or after the last day: drawn empty */
  blank?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** months[m] = weeks of 7 cells, null where a cell lies outside the month */
export function monthsOf(year: number): Day[][][] {
  const months: Day[][][] = []
  for (let m = 0; m < 12; m++) {
    const first = new Date(Date.UTC(year, m, 1))
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate()
    const lead = (first.getUTCDay() + 6) % 7
    const blank = (i: number): Day => ({ date: `${year}-${pad(m + 1)}-blank${i}`, day: 0, weekend: false, blank: true })
    const cells: Day[] = Array.from({ length: lead }, (_, i) => blank(i))
    for (let d = 1; d <= days; d++) {
      const weekday = (lead + d - 1) % 7
      cells.push({ date: `${year}-${pad(m + 1)}-${pad(d)}`, day: d, weekend: weekday >= 5 })
    }
    while (cells.length % 7) cells.push(blank(cells.length))
    const weeks: Day[][] = []
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
    months.push(weeks)
  }
  return months
}

export interface Marks {
  holidays: Set<string>
  workdays: Set<string>
}

/** rest: a listed 放假 day, or a weekend not listed as a 调休 workday */
export const isRest = (d: Day, m: Marks) => m.holidays.has(d.date) || (d.weekend && !m.workdays.has(d.date))

/** Tapping a day flips it between rest and work, and only lists what differs from an ordinary week. */
export function toggle(d: Day, m: Marks): Marks {
  const holidays = new Set(m.holidays)
  const workdays = new Set(m.workdays)
  if (holidays.has(d.date)) holidays.delete(d.date)
  else if (workdays.has(d.date)) workdays.delete(d.date)
  else if (d.weekend) workdays.add(d.date)
  else holidays.add(d.date)
  return { holidays, workdays }
}

/** this year in China time */
export const chinaYear = (now = Date.now()) => new Date(now + 8 * 3_600_000).getUTCFullYear()
