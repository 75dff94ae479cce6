import * as z from 'zod/mini'

/** A China calendar date, 'YYYY-MM-DD'. */
export const CalendarDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, '日期不存在'),
)

/**
 * One year's published 放假安排 (国务院办公厅 notice, or a local one) as a street enters it: the days
 * off (放假, weekends inside a holiday included or not) and the 调休 make-up workdays (上班). Each
 * listed date wins over the calendar library and the statutory fallback; unlisted dates follow them.
 */
export const HolidayArrangement = z
  .object({
    year: z.int().check(z.gte(2000), z.lte(2100)),
    /** days off, e.g. ['2027-01-01', '2027-02-05', …] */
    holidays: z.array(CalendarDate).check(z.maxLength(80)),
    /** 调休 make-up workdays, usually a Saturday or Sunday */
    workdays: z._default(z.array(CalendarDate).check(z.maxLength(20)), []),
    /** where it was published, e.g. '国办发明电〔2026〕7号' */
    source: z.optional(z.string().check(z.maxLength(100))),
  })
  .check(
    z.superRefine((a, ctx) => {
      const prefix = `${a.year}-`
      for (const d of [...a.holidays, ...a.workdays]) {
        if (!d.startsWith(prefix)) ctx.addIssue({ code: 'custom', message: `${d} 不在 ${a.year} 年内` })
      }
      const off = new Set(a.holidays)
      for (const d of a.workdays) {
        if (off.has(d)) ctx.addIssue({ code: 'custom', message: `${d} 不能既放假又上班` })
      }
    }),
  )
export type HolidayArrangement = z.infer<typeof HolidayArrangement>

/**
 * A street's holiday settings (the `settings/holidays:<streetId>` document): its published
 * arrangements, one per year. A year without one follows the calendar library, or the statutory
 * fallback when the library has no data for that year.
 */
export const HolidaySettings = z
  .object({
    arrangements: z._default(z.array(HolidayArrangement).check(z.maxLength(50)), []),
  })
  .check(
    z.superRefine((s, ctx) => {
      const years = s.arrangements.map((a) => a.year)
      if (new Set(years).size !== years.length)
        ctx.addIssue({ code: 'custom', message: '同一年份的放假安排只能有一份' })
    }),
  )
export type HolidaySettings = z.infer<typeof HolidaySettings>

/** What `workorder.holidayNotice` tells an admin: a warning when next year's 放假安排 is still missing. */
export const HolidayNoticeOutput = z.object({
  notice: z.nullable(
    z.object({
      /** the year whose arrangement is missing */
      year: z.int(),
      message: z.string(),
    }),
  ),
})
export type HolidayNoticeOutput = z.infer<typeof HolidayNoticeOutput>
