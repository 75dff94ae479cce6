/** China time lives in types/china-time.ts, shared with the client; the core's deadline code imports it from here. */
export {
  CHINA_OFFSET_MS,
  chinaDateCompact,
  chinaDayIndex,
  chinaDayStart,
  DAY_MS,
  HOUR_MS,
  minutesOf,
} from '../../../types/china-time'
