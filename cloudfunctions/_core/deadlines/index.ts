export { CHINA_OFFSET_MS, chinaDateCompact, chinaDayIndex } from './china-time'
export { autoCloseAt, computeDeadlines, type DeadlineCategory, type Deadlines } from './compute'
export { isChinaWorkday } from './workdays'
export { addWorkingHours } from './working-hours'
