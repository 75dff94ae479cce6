/**
 * A small real history for the supervision dashboard, made through the host like people would: in
 * each of the last three months, reports to 博泰佳苑's property company and to the grid worker,
 * acknowledged (one late), resolved with a photo and rated (some 不满意); and one order reopened three
 * times (a 问题工单). Every figure the dashboard shows then comes from the workflow's own events.
 */
import { DAY_MS, HOUR_MS } from '../../types/china-time'
import { reportOf, uploadPng } from './report-helpers'
import type { TestHost } from './test-host'

interface ManualClock {
  now(): Date
  set(at: Date): void
  advance(ms: number): void
}

/** a fresh token at the clock's time (tokens last 30 days; the history spans more) */
async function tokenOf(host: TestHost, persona: string): Promise<string> {
  const { body } = await host.call<{ token: string }>('auth', 'devLogin', { persona })
  if (!body.ok) throw new Error(`devLogin ${persona}: ${body.error.message}`)
  return body.data.token
}

/** 10:00 China time on the 10th of the month `back` months before now's month */
function tenthOf(now: Date, back: number): Date {
  const china = new Date(now.getTime() + 8 * HOUR_MS)
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - back, 10, 2))
}

interface Step {
  resident: 'resident-a' | 'resident-d'
  channel: 'property' | 'grid'
  late?: boolean
  satisfaction: '满意' | '基本满意' | '不满意'
  stars: number
}
const MONTH: Step[] = [
  { resident: 'resident-a', channel: 'property', satisfaction: '满意', stars: 5 },
  { resident: 'resident-d', channel: 'property', late: true, satisfaction: '不满意', stars: 2 },
  { resident: 'resident-a', channel: 'grid', satisfaction: '基本满意', stars: 4 },
]

export async function makeSupervisionHistory(host: TestHost, clock: ManualClock, realNow: Date): Promise<void> {
  // one property staff member on duty at 博泰佳苑, so each order's holder is known
  await host.platform.store.collection('memberships').patch('u-ps-5:pc-botai:property_staff', { onDuty: false })
  // this month: a few hours ago, so nothing happens after `realNow`
  const starts = [tenthOf(realNow, 2), tenthOf(realNow, 1), new Date(realNow.getTime() - 6 * HOUR_MS)]
  for (const [m, start] of starts.entries()) {
    clock.set(start)
    const t = {
      property: await tokenOf(host, 'property-staff'),
      grid: await tokenOf(host, 'grid-worker'),
      'resident-a': await tokenOf(host, 'resident-a'),
      'resident-d': await tokenOf(host, 'resident-d'),
    }
    for (const step of m === 2 ? MONTH.filter((s) => !s.late) : MONTH) {
      clock.advance(11 * 60_000)
      const categoryCode = step.channel === 'grid' ? 'clutter' : 'stairwell_light'
      const order = await host.ok(
        'report',
        'submit',
        reportOf({ channel: step.channel, categoryCode }),
        t[step.resident],
      )
      const staff = t[step.channel]
      // last month all on time, so the trend's lines part
      clock.advance(step.late && m === 0 ? 2 * DAY_MS : 20 * 60_000)
      await host.ok('workorder', 'acknowledge', { id: order.id }, staff)
      clock.advance(HOUR_MS)
      await host.ok(
        'workorder',
        'resolve',
        { id: order.id, note: '已处理', photos: [await uploadPng(host, staff)] },
        staff,
      )
      const rating = { id: order.id, stars: step.stars, satisfaction: step.satisfaction }
      await host.ok(
        'report',
        'rate',
        { ...rating, resolved: step.satisfaction === '不满意' ? 'no' : 'yes' },
        t[step.resident],
      )
    }
  }
  // a 问题工单: reopened three times
  const t = { staff: await tokenOf(host, 'property-staff'), resident: await tokenOf(host, 'resident-a') }
  clock.advance(HOUR_MS)
  const order = await host.ok('report', 'submit', reportOf({ description: '5楼楼道灯反复不亮' }), t.resident)
  for (let round = 1; round <= 3; round++) {
    clock.advance(10 * 60_000)
    await host.ok('workorder', 'acknowledge', { id: order.id }, t.staff)
    await host.ok(
      'workorder',
      'resolve',
      { id: order.id, note: `第${round}次维修`, photos: [await uploadPng(host, t.staff)] },
      t.staff,
    )
    await host.ok('report', 'reopen', { id: order.id, reason: '灯还是不亮' }, t.resident)
  }
  clock.set(realNow)
}
