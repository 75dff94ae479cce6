/**
 * The steps of one generated order's life (see history-orders.ts), each through its real change
 * builder: a start with a return (quick or not, then the community re-dispatches) or transfers,
 * then 签收, 办结 and the resident's turn (rate, confirm or leave it to auto-close; sometimes reopen),
 * until it closes for good or the next step would come after `now`.
 */
import type { Category, HandlerKind } from '../../types/catalog'
import type { Caller, Role } from '../../types/identity'
import type { Satisfaction } from '../../types/supervision'
import { autoCloseAt, computeDeadlines } from '../_core/deadlines'
import {
  acknowledgeChange,
  autoCloseChange,
  type Change,
  confirmChange,
  grabChange,
  rateChange,
  reopenChange,
  resolveChange,
  returnChange,
  transferChange,
} from '../_core/workflow'
import { systemActor } from '../_services/orders'
import { allowed, apply, type Life } from './history-life'
import type { HistoryWorld } from './history-orders'
import { mulberry32 } from './rng'

export interface Org {
  id: string
  kind: HandlerKind
  name: string
}

export interface Sim {
  rand: () => number
  world: HistoryWorld
  now: Date
  from: number
  to: number
}

const MIN = 60_000
const HOUR = 60 * MIN

/** Deterministic PRNG (mulberry32). */
export const rngOf = mulberry32

const hashOf = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261)

/** An org's share of steps done on time at time t: its own level (0.70–0.98), drifting over the window. */
function qualityOf(sim: Sim, orgId: string, t: number): number {
  const r = rngOf(hashOf(orgId))
  const base = 0.7 + 0.28 * r()
  const drift = (r() - 0.35) * 0.16
  const progress = Math.min(1, Math.max(0, (t - sim.from) / Math.max(1, sim.to - sim.from)))
  return Math.min(0.99, Math.max(0.4, base + drift * progress))
}

const ROLE: Record<HandlerKind, Role> = {
  property: 'property_staff',
  grid: 'grid_worker',
  community: 'community_admin',
  department: 'department_officer',
}

const staffOf = (org: Org): Caller => ({
  userId: `history-${org.id}`,
  name: `${org.name}经办人`,
  kind: 'staff',
  roles: [ROLE[org.kind]],
  scopes: [],
})

/** Where a transfer or re-dispatch sends it from the current holder. */
function nextOrg(sim: Sim, life: Life): Org {
  const o = life.order
  const orgs = sim.world.orgs
  const estate = sim.world.estates.find((e) => e.id === o.estateId)
  const departments = [...orgs.values()].filter((x) => x.kind === 'department')
  const to =
    o.handlerKind === 'property'
      ? o.gridId
      : o.handlerKind === 'grid'
        ? (estate?.propertyCompanyId ?? o.communityId)
        : o.handlerKind === 'community' && departments.length > 0
          ? departments[Math.floor(sim.rand() * departments.length)].id
          : o.communityId
  return orgs.get(to) ?? (orgs.get(o.communityId) as Org)
}

export function simulate(sim: Sim, life: Life, cat: Category, reporter: { id: string; name: string }): void {
  const { rand, world } = sim
  const s = world.settings
  const resident: Caller = { userId: reporter.id, name: reporter.name, kind: 'resident', roles: [], scopes: [] }
  const community = world.orgs.get(life.order.communityId) as Org
  const holder = (): Caller => staffOf(world.orgs.get(life.order.handlerOrgId) ?? community)
  let t = Date.parse(life.order.createdAt)
  const step = (at: number, change: (now: Date) => Change, by: Caller): boolean => {
    if (at > sim.now.getTime()) return false
    apply(life, change(new Date(at)), new Date(at), by)
    t = at
    return true
  }
  const deadlinesAt = (now: Date) => computeDeadlines(now, cat, s.officeHours, s.calendar)
  // 签收: the holder's, or a grab from the org's pool
  const take = () => {
    const by = holder()
    const change = () =>
      life.order.handlerStaffId
        ? acknowledgeChange(life.order)
        : grabChange(life.order, { id: by.userId, name: by.name })
    return { change, by }
  }
  const transfer = (at: number, by: Caller) => {
    const org = nextOrg(sim, life)
    return step(
      at,
      (now) => transferChange({ org, staff: null, deadlines: deadlinesAt(now), reason: '按职责转派' }),
      by,
    )
  }

  const problem = rand() < 0.015
  const start = rand()
  if (start < 0.06 && !problem) {
    const quick = rand() < 0.6
    const ack = take()
    if (!quick && rand() < 0.5 && !step(t + (0.2 + rand()) * HOUR, ack.change, ack.by)) return
    const at = Date.parse(life.order.createdAt) + (quick ? (5 + rand() * 60) * MIN : (3 + rand() * 40) * HOUR)
    const started = life.order.kpi?.clocks.at(-1)?.start
    if (!step(Math.max(at, t + MIN), (now) => returnChange(now, '非本单位职责，请改派', s, started), holder())) return
    if (!transfer(t + (0.5 + rand() * 6) * HOUR, staffOf(community))) return
  } else if (start < 0.13 || problem) {
    for (let k = problem ? 3 : 1; k > 0; k--) if (!transfer(t + (0.3 + rand() * 8) * HOUR, holder())) return
  }

  const maxReopens = problem && rand() < 0.5 ? 3 : 1
  for (let reopens = 0; ; ) {
    const q = qualityOf(sim, life.order.handlerOrgId, t)
    if (life.order.status === 'assigned') {
      const by = Date.parse(life.order.acknowledgeBy)
      const at = rand() < q && by > t ? t + rand() * (by - t) : Math.max(t, by) + (0.3 + rand() * 20) * HOUR
      const ack = take()
      if (!step(at, ack.change, ack.by)) return
    }
    const by = Date.parse(life.order.resolveBy)
    const at = rand() < q && by > t ? t + (0.1 + 0.9 * rand()) * (by - t) : Math.max(t, by) + (1 + rand() * 72) * HOUR
    if (!step(at, (now) => resolveChange(now, { note: '已处理完毕', photos: [] }, s.autoConfirmDays), holder())) return

    const verdict = satisfactionOf(rand(), q)
    const unhappy = verdict === '不满意'
    const wantsReopen = reopens < maxReopens && (problem || (unhappy && rand() < 0.5))
    const reopen = () =>
      step(
        t + (1 + rand() * 30) * HOUR,
        (now) => reopenChange(life.order, '问题没有解决，要求重办', deadlinesAt(now)),
        resident,
      )
    if (wantsReopen && rand() < 0.5) {
      if (!reopen()) return
      reopens += 1
      continue
    }
    const c = rand()
    const rateOk = allowed(life, rateChange(life.order, new Date(t), { stars: 3, tags: [] }))
    if (c < 0.62 && rateOk) {
      const stars = verdict === '满意' ? 4 + Math.round(rand()) : verdict === '基本满意' ? 3 : 1 + Math.round(rand())
      const yes = rand() < (verdict === '满意' ? 0.95 : verdict === '基本满意' ? 0.75 : 0.2)
      // one rating in ten in the old form: stars only
      const fields = rand() < 0.1 ? {} : { satisfaction: verdict, resolved: yes ? ('yes' as const) : ('no' as const) }
      const rate = (now: Date) => rateChange(life.order, now, { stars, tags: [], overall: stars, ...fields })
      if (!step(t + (0.5 + rand() * 47) * HOUR, rate, resident)) return
    } else if (c < 0.75) {
      if (!step(t + (0.5 + rand() * 47) * HOUR, confirmChange, resident)) return
    } else {
      const at = Date.parse(autoCloseAt(new Date(t), s.autoConfirmDays))
      if (!step(at, (now) => autoCloseChange(now, s.autoConfirmDays), systemActor('小北督办'))) return
    }
    if (!wantsReopen || !allowed(life, reopenChange(life.order, '', deadlinesAt(new Date(t))))) return
    if (!reopen()) return
    reopens += 1
  }
}

function satisfactionOf(u: number, q: number): Satisfaction {
  const happy = q * 0.85
  if (u < happy) return '满意'
  if (u < happy + (1 - happy) * 0.55) return '基本满意'
  return '不满意'
}
