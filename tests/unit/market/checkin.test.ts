import { checkinOutcome, type ScannedBooking } from '../../../cloudfunctions/_core/market'
import { maskName } from '../../../types/id-number'

const booking: ScannedBooking = {
  status: 'confirmed',
  stallId: 'st-haircut',
  startsAt: '2026-12-05T01:00:00.000Z',
  endsAt: '2026-12-05T01:30:00.000Z',
  checkinNonce: null,
}
const now = '2026-12-05T01:10:00.000Z'

describe('check-in results', () => {
  test.each<[string, ScannedBooking | null, { now?: string; nonce?: string; stallId?: string }, string, boolean]>([
    ['a confirmed booking in its slot', booking, {}, 'ok', true],
    ['15 minutes early is still fine', booking, { now: '2026-12-05T00:45:00.000Z' }, 'ok', true],
    ['16 minutes early', booking, { now: '2026-12-05T00:44:00.000Z' }, 'invalid_time', false],
    ['15 minutes after the end', booking, { now: '2026-12-05T01:45:00.000Z' }, 'ok', true],
    ['16 minutes after the end', booking, { now: '2026-12-05T01:46:00.000Z' }, 'invalid_time', false],
    ['no booking for the code', null, {}, 'invalid', false],
    ['another stall’s scanner', booking, { stallId: 'st-clinic' }, 'wrong_stall', false],
    ['the right stall’s scanner', booking, { stallId: 'st-haircut' }, 'ok', true],
    ['cancelled by the resident', { ...booking, status: 'cancelled' }, {}, 'cancelled', false],
    ['cancelled by the organiser', { ...booking, status: 'cancelled_by_organizer' }, {}, 'cancelled', false],
    ['an offer not yet accepted', { ...booking, status: 'offered' }, {}, 'invalid', false],
    [
      'checked in before',
      { ...booking, status: 'checked_in', checkinNonce: 'n-1' },
      { nonce: 'n-2' },
      'already_redeemed',
      false,
    ],
    [
      'checked in before, scanned without a nonce',
      { ...booking, status: 'checked_in', checkinNonce: 'n-1' },
      {},
      'already_redeemed',
      false,
    ],
    [
      'the same scan again (same nonce)',
      { ...booking, status: 'checked_in', checkinNonce: 'n-1' },
      { nonce: 'n-1' },
      'ok',
      false,
    ],
    [
      'marked no-show but arrives within the grace',
      { ...booking, status: 'no_show' },
      { now: '2026-12-05T01:40:00.000Z' },
      'ok',
      true,
    ],
  ])('%s', (_what, b, scan, result, checksIn) => {
    expect(checkinOutcome(b, { now, ...scan })).toEqual({ result, checksIn })
  })
})

describe('masked names', () => {
  test.each([
    ['王淑兰', '王*兰'],
    ['王兰', '王*'],
    ['欧阳娜娜', '欧**娜'],
    ['张', '*'],
    ['', ''],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
