export { CHINA_OFFSET_MS, chinaDateCompact, chinaDayIndex } from './china-time'
export { autoCloseAt, computeDeadlines, type DeadlineCategory, type Deadlines } from './compute'
export { type StatutoryHoliday, statutoryHolidays } from './statutory'
export {
  type CalendarSource,
  calendarSource,
  isChinaWorkday,
  missingArrangementYear,
  NATIONAL_CALENDAR,
  type WorkCalendar,
  workCalendar,
} from './workdays'
export { addWorkingHours } from './working-hours'
