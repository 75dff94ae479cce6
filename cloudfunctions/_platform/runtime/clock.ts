import type { Clock } from '../ports'

export const systemClock: Clock = { now: () => new Date() }

/** A clock tests and the local host can move by hand (an injected clock, never used on CloudBase). */
export function createManualClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime()
    },
    advance: (ms) => {
      current += ms
    },
  }
}
