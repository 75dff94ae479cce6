/**
 * The statutory public holidays of a year from the national rule (全国年节及纪念日放假办法, as amended
 * in 2024), for years the calendar library has no data for yet:
 * 元旦 1 day (1 January); 春节 4 days (除夕 to 初三); 清明 1 day (the 清明 solar term); 劳动节 2 days
 * (1–2 May); 端午 1 day (5th of the 5th lunar month); 中秋 1 day (15th of the 8th lunar month); 国庆
 * 3 days (1–3 October). A holiday that falls on a Saturday or Sunday gets its 补假 on the next working
 * day (Article 6 of the rule), and so does one that falls on another holiday.
 *
 * There are no 调休 make-up workdays here: those exist only once the State Council publishes the
 * year's 放假安排, which a street then enters as an override (types/holidays.ts).
 *
 * Lunar and solar-term dates come from `chinese-days` (its lunar table runs to 2100).
 */
import { addDays, isWeekend, localNoon } from './calendar-dates'
import { chineseDays } from './calendar-library'

export interface StatutoryHoliday {
  name: string
  /** the statutory days themselves, 'YYYY-MM-DD' */
  dates: string[]
  /** 补假 weekdays for statutory days that fell on a weekend */
  inLieu: string[]
}

const cache = new Map<number, StatutoryHoliday[]>()

/** The statutory holidays of a Gregorian year, in date order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  let found = cache.get(year)
  if (!found) {
    found = compute(year)
    cache.set(year, found)
  }
  return found
}

/** Every day off the statutory rule gives in `year` (statutory days and 补假), weekends aside. */
export function statutoryDaysOff(year: number): Set<string> {
  const off = new Set<string>()
  for (const h of statutoryHolidays(year)) for (const d of [...h.dates, ...h.inLieu]) off.add(d)
  return off
}

function compute(year: number): StatutoryHoliday[] {
  const lunar = (month: number, day: number) => chineseDays().getSolarDateFromLunar(localNoon(year, month, day)).date
  const newYear = lunar(1, 1) // 正月初一 of the lunar year starting in this Gregorian year
  const blocks: Array<{ name: string; dates: string[] }> = [
    { name: '元旦', dates: [`${year}-01-01`] },
    { name: '春节', dates: [addDays(newYear, -1), newYear, addDays(newYear, 1), addDays(newYear, 2)] },
    { name: '清明节', dates: [chineseDays().getSolarTermDate(year, 4, 'pure_brightness')] },
    { name: '劳动节', dates: [`${year}-05-01`, `${year}-05-02`] },
    { name: '端午节', dates: [lunar(5, 5)] },
    { name: '中秋节', dates: [lunar(8, 15)] },
    { name: '国庆节', dates: [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`] },
  ]
  blocks.sort((a, b) => a.dates[0].localeCompare(b.dates[0]))

  const taken = new Set(blocks.flatMap((b) => b.dates))
  const claimed = new Set<string>()
  return blocks.map((b) => {
    const inLieu: string[] = []
    // a day owed for each statutory day on a weekend, or on a day an earlier holiday already has
    // (中秋 on 国庆, as in 2028)
    let owed = b.dates.filter((d) => isWeekend(d) || claimed.has(d)).length
    for (const d of b.dates) claimed.add(d)
    let day = b.dates[b.dates.length - 1]
    while (owed > 0) {
      day = addDays(day, 1)
      if (isWeekend(day) || taken.has(day)) continue
      inLieu.push(day)
      taken.add(day)
      owed--
    }
    return { name: b.name, dates: b.dates, inLieu }
  })
}
