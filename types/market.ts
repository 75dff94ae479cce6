/**
 * 民生集市 booking: markets, stalls, slots, bookings, waiting lists, check-in.
 * The contract of the `market` function and the shapes of its stored documents.
 * Times are ISO-8601 strings; the server stores them in UTC and the client shows them in China time.
 */
import * as z from 'zod/mini'
import {
  BOOKING_STATUSES,
  CHECKIN_RESULTS,
  type CheckinResult as CheckinResultName,
  MARKET_STATUSES,
  WAIT_STATUSES,
} from './market-labels'

const Id = z.string().check(z.trim(), z.minLength(1, '缺少编号'), z.maxLength(64))
const RequestId = z.string().check(z.minLength(8, 'requestId 至少8位'), z.maxLength(64))
const Name = (what: string, max: number) =>
  z.string().check(z.trim(), z.minLength(1, `请填写${what}`), z.maxLength(max, `${what}最多${max}个字`))

/** An instant with its offset (e.g. 2026-12-05T09:00:00+08:00), stored as UTC. */
export const IsoTime = z.pipe(
  z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601，如 2026-12-05T09:00:00+08:00' }),
  z.transform((s) => new Date(s).toISOString()),
)

export const MarketStatus = z.enum(MARKET_STATUSES)
export const BookingStatus = z.enum(BOOKING_STATUSES)
export const WaitStatus = z.enum(WAIT_STATUSES)
export const CheckinResult = z.enum(CHECKIN_RESULTS)

// ---------- the model ----------

export const Stall = z.object({
  id: z.string(),
  marketId: z.string(),
  name: z.string(),
  category: z.string(),
  provider: z.string(),
  perHouseholdLimit: z.int().check(z.gte(1)),
})
export type Stall = z.infer<typeof Stall>

export const Market = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  title: z.string(),
  venue: z.string(),
  /** the China-local date, YYYY-MM-DD */
  date: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  bookingOpensAt: z.string(),
  bookingClosesAt: z.string(),
  walkInShare: z.number(),
  offerMinutes: z.int(),
  status: MarketStatus,
  cancelReason: z.nullable(z.string()),
  version: z.int(),
})
export type Market = z.infer<typeof Market>

export const Slot = z.object({
  id: z.string(),
  stallId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.int(),
  bookable: z.int(),
  booked: z.int(),
  version: z.int(),
})
export type Slot = z.infer<typeof Slot>

export const Booking = z.object({
  id: z.string(),
  slotId: z.string(),
  residentId: z.string(),
  householdId: z.string(),
  status: BookingStatus,
  checkinCode: z.string(),
  requestId: z.string(),
  proxyStaffId: z.nullable(z.string()),
})
export type Booking = z.infer<typeof Booking>

export const WaitEntry = z.object({
  id: z.string(),
  slotId: z.string(),
  residentId: z.string(),
  priority: z.int(),
  createdAt: z.string(),
  offerExpiresAt: z.nullable(z.string()),
  status: WaitStatus,
})
export type WaitEntry = z.infer<typeof WaitEntry>

// ---------- resident actions ----------

export const ListInput = z.object({})
export const MarketCard = z.object({
  id: z.string(),
  title: z.string(),
  venue: z.string(),
  date: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  bookingOpensAt: z.string(),
  bookingClosesAt: z.string(),
  status: MarketStatus,
  stallNames: z.array(z.string()),
})
export type MarketCard = z.infer<typeof MarketCard>
export const ListOutput = z.object({ items: z.array(MarketCard) })
export type ListOutput = z.infer<typeof ListOutput>

export const IdInput = z.object({ id: Id })

export const SlotView = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.int(),
  bookable: z.int(),
  booked: z.int(),
  available: z.int(),
  /** people waiting for this slot */
  waitlist: z.int(),
})
export type SlotView = z.infer<typeof SlotView>

export const DetailOutput = z.extend(MarketCard, {
  walkInShare: z.number(),
  cancelReason: z.nullable(z.string()),
  stalls: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      provider: z.string(),
      perHouseholdLimit: z.int(),
      slots: z.array(SlotView),
    }),
  ),
})
export type DetailOutput = z.infer<typeof DetailOutput>

export const BookInput = z.object({ requestId: RequestId, slotId: Id, forUserId: z.optional(Id) })
export type BookInput = z.input<typeof BookInput>
export const BookOutput = z.object({
  id: z.string(),
  status: z.enum(['confirmed', 'waitlisted']),
  position: z.optional(z.int()),
  checkinCode: z.optional(z.string()),
})
export type BookOutput = z.infer<typeof BookOutput>

export const CancelOutput = z.object({ id: z.string(), status: z.string(), late: z.boolean() })
export type CancelOutput = z.infer<typeof CancelOutput>

export const MyItem = z.object({
  id: z.string(),
  slotId: z.string(),
  marketId: z.string(),
  marketTitle: z.string(),
  venue: z.string(),
  stallName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.union([BookingStatus, z.literal('waitlisted')]),
  position: z.optional(z.int()),
  offerExpiresAt: z.optional(z.string()),
  checkinCode: z.optional(z.string()),
  late: z.optional(z.boolean()),
  proxyStaffName: z.optional(z.string()),
})
export type MyItem = z.infer<typeof MyItem>
export const MineOutput = z.object({
  items: z.array(MyItem),
  /** online booking is frozen until then (3 no-shows in 90 days) */
  frozenUntil: z.nullable(z.string()),
})
export type MineOutput = z.infer<typeof MineOutput>

export const AcceptOfferOutput = z.object({ id: z.string(), status: z.literal('confirmed'), checkinCode: z.string() })
export type AcceptOfferOutput = z.infer<typeof AcceptOfferOutput>

// ---------- staff actions ----------

export const CheckinInput = z.object({
  code: z.string().check(z.trim(), z.minLength(1, '请扫码或粘贴预约码'), z.maxLength(100)),
  /** the scanner's nonce: the same scan sent again checks in once */
  nonce: z.optional(z.string().check(z.minLength(4, '扫码编号至少4位'), z.maxLength(64))),
  /** the stall the scanner works at; a booking of another stall is `wrong_stall` */
  stallId: z.optional(Id),
})
export type CheckinInput = z.input<typeof CheckinInput>
export const CheckinOutput = z.object({
  result: CheckinResult,
  /** masked, e.g. 王*兰 */
  name: z.optional(z.string()),
  stallName: z.optional(z.string()),
  startsAt: z.optional(z.string()),
  endsAt: z.optional(z.string()),
})
export type CheckinOutput = z.infer<typeof CheckinOutput> & { result: CheckinResultName }

export const WalkInInput = z.object({
  requestId: RequestId,
  slotId: Id,
  note: z.optional(z.string().check(z.trim(), z.maxLength(40))),
})
export const WalkInOutput = z.object({ id: z.string(), walkIns: z.int() })

export const AttendanceInput = z.object({ marketId: Id })
export const AttendanceOutput = z.object({
  marketId: z.string(),
  stalls: z.array(
    z.object({
      stallId: z.string(),
      stallName: z.string(),
      slots: z.array(
        z.object({
          slotId: z.string(),
          startsAt: z.string(),
          endsAt: z.string(),
          booked: z.int(),
          walkIns: z.int(),
          people: z.array(z.object({ id: z.string(), name: z.string(), status: BookingStatus, proxy: z.boolean() })),
        }),
      ),
    }),
  ),
  totals: z.object({ booked: z.int(), checkedIn: z.int(), walkIns: z.int() }),
})
export type AttendanceOutput = z.infer<typeof AttendanceOutput>

// ---------- admin actions ----------

export const SlotInput = z.object({
  id: z.optional(Id),
  startsAt: IsoTime,
  endsAt: IsoTime,
  capacity: z.int().check(z.gte(1, '容量至少为1'), z.lte(500, '容量最多500')),
})
export const StallInput = z.object({
  id: z.optional(Id),
  name: Name('摊位名称', 20),
  category: Name('类别', 20),
  provider: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  perHouseholdLimit: z.optional(z.int().check(z.gte(1), z.lte(10))),
  slots: z.array(SlotInput).check(z.minLength(1, '每个摊位至少一个时段'), z.maxLength(48)),
})
export const SaveInput = z.object({
  id: z.optional(Id),
  version: z.optional(z.int().check(z.gte(1))),
  /** the community (or the street) the market belongs to; a community admin's own by default */
  jurisdictionId: z.optional(Id),
  title: Name('集市名称', 40),
  venue: Name('地点', 60),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')),
  opensAt: IsoTime,
  closesAt: IsoTime,
  bookingOpensAt: IsoTime,
  bookingClosesAt: IsoTime,
  walkInShare: z.number().check(z.gte(0, '现场名额比例不能为负'), z.lte(0.9, '现场名额比例最多0.9')),
  offerMinutes: z.optional(z.int().check(z.gte(5), z.lte(240))),
  stalls: z.array(StallInput).check(z.minLength(1, '至少一个摊位'), z.maxLength(30)),
})
export type SaveInput = z.input<typeof SaveInput>
export type SaveInputParsed = z.output<typeof SaveInput>
export const SaveOutput = z.object({ id: z.string(), version: z.int() })

export const CancelMarketInput = z.object({ id: Id, reason: Name('取消原因', 60) })

export const StatsOutput = z.object({
  id: z.string(),
  /** booked ÷ bookable */
  fillRate: z.number(),
  /** no-shows ÷ bookings whose slot has ended (checked in + no-show) */
  noShowRate: z.number(),
  /** accepted offers ÷ waiting-list entries */
  waitlistConversion: z.number(),
  stalls: z.array(
    z.object({
      stallId: z.string(),
      stallName: z.string(),
      /** (checked in + walk-ins) ÷ capacity */
      utilisation: z.number(),
      booked: z.int(),
      checkedIn: z.int(),
      walkIns: z.int(),
      capacity: z.int(),
    }),
  ),
  counts: z.object({
    bookable: z.int(),
    booked: z.int(),
    checkedIn: z.int(),
    noShows: z.int(),
    lateCancels: z.int(),
    waitEntries: z.int(),
    offersAccepted: z.int(),
    walkIns: z.int(),
  }),
})
export type StatsOutput = z.infer<typeof StatsOutput>

export const ApplyStallInput = z.object({
  requestId: RequestId,
  marketId: Id,
  name: Name('摊位名称', 20),
  category: Name('类别', 20),
  provider: Name('提供方', 40),
  needs: z.optional(z.string().check(z.trim(), z.maxLength(100))),
})
export const ReviewStallInput = z
  .object({
    id: Id,
    decision: z.enum(['approve', 'reject']),
    reason: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(60))),
    /** approve: the stall's slots */
    slots: z.optional(z.array(SlotInput).check(z.maxLength(48))),
    perHouseholdLimit: z.optional(z.int().check(z.gte(1), z.lte(10))),
  })
  .check(
    z.refine((v) => v.decision === 'reject' || (v.slots?.length ?? 0) > 0, {
      message: '通过时请给出摊位时段',
      path: ['slots'],
    }),
    z.refine((v) => v.decision === 'approve' || v.reason !== undefined, {
      message: '不通过时请写明原因',
      path: ['reason'],
    }),
  )
export const StallApplication = z.object({
  id: z.string(),
  marketId: z.string(),
  name: z.string(),
  category: z.string(),
  provider: z.string(),
  status: z.enum(['applied', 'approved', 'rejected']),
  stallId: z.nullable(z.string()),
})

export const StandingInput = z.object({
  userId: Id,
  /** lift a no-show freeze */
  liftFreeze: z.optional(z.boolean()),
  /** waiting-list priority: 0 normal, 1 高龄, 2 残疾 (set by the community) */
  priority: z.optional(z.int().check(z.gte(0), z.lte(9))),
})
