/**
 * The reporter's follow-ups on an open order, as change builders: 催办 (a nudge that must wait 4
 * working hours before the next), 补充说明 (a note) and 追加照片 (photos). The status never changes;
 * each is one timeline event. Pure: the clock's `now` and the street's working time come in.
 */
import type { OfficeHours } from '../../../types/catalog'
import { addWorkingHours, type WorkCalendar } from '../deadlines'
import type { Change } from './changes'

/** working hours between two nudges of one order */
export const NUDGE_INTERVAL_HOURS = 4

export function nudgeChange(
  now: Date,
  holder: string,
  settings: { officeHours?: OfficeHours; calendar?: WorkCalendar },
): Change {
  const next = addWorkingHours(now, NUDGE_INTERVAL_HOURS, settings.officeHours, settings.calendar)
  return {
    patch: { nudgeAfter: next.toISOString() },
    events: [{ action: 'nudge', note: `居民催办，已提醒${holder}尽快处理` }],
  }
}

export function noteChange(note: string): Change {
  return { patch: {}, events: [{ action: 'note', note }] }
}

export function addPhotosChange(photos: string[], note = ''): Change {
  return { patch: {}, events: [{ action: 'add_photos', note, photos }] }
}
