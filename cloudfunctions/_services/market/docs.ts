/**
 * 民生集市 as stored: the documents, their collections, and the ids that make writes idempotent.
 *
 * - `markets`: a market with its stalls inside (a stall is small and changes with its market).
 * - `market_slots`: one document per slot, the hot one: `booked` is its seat counter, raised only by a
 *   capped increment inside the booking's transaction. It carries what a booking must check (the
 *   market's status and booking window, the stall's household limit), copied by every market write.
 * - `market_bookings`: a seat. Its id is derived from what it must be unique for: with a household
 *   limit of 1 (the default) from (market, stall, household), so one insert enforces both "one
 *   active booking per resident per slot" and the household limit; with a higher limit from
 *   (slot, resident), beside a capped household counter in `market_quota`.
 * - `market_waits`: one waiting-list entry per (slot, resident).
 * - `market_standings`: a resident's no-shows, freeze and waiting-list priority.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { BookingStatus, MarketStatus, WaitStatus } from '../../../types/market-labels'
import type { Store, StoredDoc } from '../../_platform/store/port'

export interface StallFields {
  id: string
  name: string
  category: string
  provider: string
  perHouseholdLimit: number
}

export type MarketFields = {
  _id: string
  streetId: string
  /** '' for a market of the whole street */
  communityId: string
  jurisdictionId: string
  title: string
  venue: string
  date: string
  opensAt: string
  closesAt: string
  bookingOpensAt: string
  bookingClosesAt: string
  walkInShare: number
  offerMinutes: number
  status: MarketStatus
  stalls: StallFields[]
  cancelReason: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
}
export type MarketDoc = StoredDoc & MarketFields

export type SlotFields = {
  _id: string
  marketId: string
  stallId: string
  stallName: string
  startsAt: string
  endsAt: string
  capacity: number
  bookable: number
  /** seats held by bookings (confirmed, offered, checked in) */
  booked: number
  walkIns: number
  // copied from the market and the stall, so a booking reads one document
  marketStatus: MarketStatus
  bookingOpensAt: string
  bookingClosesAt: string
  perHouseholdLimit: number
  offerMinutes: number
  marketTitle: string
  venue: string
  streetId: string
  communityId: string
}
export type SlotDoc = StoredDoc & SlotFields

export type BookingFields = {
  _id: string
  slotId: string
  marketId: string
  stallId: string
  stallName: string
  marketTitle: string
  venue: string
  startsAt: string
  endsAt: string
  residentId: string
  residentName: string
  householdId: string
  status: BookingStatus
  /** the secret half of the check-in code; new for every (re)booking */
  secret: string
  requestId: string
  proxyStaffId: string | null
  proxyStaffName: string | null
  offerExpiresAt: string | null
  /** the 2-hours-before reminder is due then; '' once sent */
  remindAt: string
  lateCancel: boolean
  cancelReason: string | null
  checkinNonce: string | null
  checkedInAt: string | null
  checkedInBy: string | null
  /** the waiting-list entry this booking was offered from */
  waitId: string | null
  createdAt: string
  updatedAt: string
}
export type BookingDoc = StoredDoc & BookingFields

export type WaitDoc = StoredDoc & {
  slotId: string
  marketId: string
  stallId: string
  residentId: string
  residentName: string
  householdId: string
  stallName: string
  marketTitle: string
  venue: string
  startsAt: string
  endsAt: string
  priority: number
  rank: string
  status: WaitStatus
  requestId: string
  proxyStaffId: string | null
  offerExpiresAt: string | null
  bookingId: string | null
  createdAt: string
  updatedAt: string
}

export type StandingDoc = StoredDoc & {
  noShows: string[]
  frozenUntil: string | null
  priority: number
}

export type WalkInDoc = StoredDoc & {
  marketId: string
  slotId: string
  stallId: string
  note: string
  by: string
  at: string
}

export type StallAppDoc = StoredDoc & {
  marketId: string
  name: string
  category: string
  provider: string
  needs: string
  applicantId: string
  status: 'applied' | 'approved' | 'rejected'
  reason: string | null
  stallId: string | null
  createdAt: string
  updatedAt: string
}

export const markets = (store: Store) => store.collection<MarketDoc>('markets')
export const slots = (store: Store) => store.collection<SlotDoc>('market_slots')
export const bookings = (store: Store) => store.collection<BookingDoc>('market_bookings')
export const waits = (store: Store) => store.collection<WaitDoc>('market_waits')
export const standings = (store: Store) => store.collection<StandingDoc>('market_standings')

export const C = {
  markets: 'markets',
  slots: 'market_slots',
  bookings: 'market_bookings',
  waits: 'market_waits',
  quota: 'market_quota',
  standings: 'market_standings',
  walkins: 'market_walkins',
  apps: 'market_stall_apps',
  users: 'users',
} as const

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 20)

/**
 * The booking's id: with a household limit of 1, one per (market, stall, household); above it,
 * one per (slot, resident), and a household counter keeps the limit.
 */
export function bookingIdOf(
  slot: Pick<SlotDoc, '_id' | 'marketId' | 'stallId' | 'perHouseholdLimit'>,
  residentId: string,
  householdId: string,
): string {
  return slot.perHouseholdLimit <= 1
    ? `bk${hash('household', slot.marketId, slot.stallId, householdId)}`
    : `bk${hash('resident', slot._id, residentId)}`
}

export const waitIdOf = (slotId: string, residentId: string) => `wt${hash('wait', slotId, residentId)}`
export const quotaIdOf = (marketId: string, stallId: string, householdId: string) =>
  `${marketId}|${stallId}|${householdId}`
/** The slot's waiting-list counter (in `market_quota`): the order people joined in. */
export const waitSeqIdOf = (slotId: string) => `${slotId}|wait-seq`
export const walkInIdOf = (staffId: string, requestId: string) => `wk${hash('walkin', staffId, requestId)}`
export const stallAppIdOf = (userId: string, requestId: string) => `sa${hash('stallapp', userId, requestId)}`

/** A fresh unguessable secret for a check-in code. */
export const newSecret = () => randomBytes(12).toString('base64url')

/** The QR's content: the booking id and its secret. */
export const checkinCodeOf = (b: Pick<BookingDoc, '_id' | 'secret'>) => `${b._id}.${b.secret}`

export function parseCheckinCode(code: string): { id: string; secret: string } | null {
  const m = /^(bk[0-9a-f]{20})\.([A-Za-z0-9_-]{8,64})$/.exec(code.trim())
  return m ? { id: m[1], secret: m[2] } : null
}
