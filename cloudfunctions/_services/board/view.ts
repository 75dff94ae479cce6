/**
 * `board.quarter`, a view per audience:
 * - street admin: every stage, every company, every appeal;
 * - community admin: every stage, the companies serving the community and their appeals;
 * - property manager: publicity and final only, its own company's entry and appeals (aggregates only);
 * - everyone else (residents first): the final board only, without appeals. No quarter given: the
 *   latest final board of their street.
 * A board never carries who rated what: its items are aggregates by construction.
 */
import type { QuarterOutput } from '../../../types/board'
import type { Caller } from '../../../types/identity'
import { lastEndedQuarter } from '../../_core/board'
import { notFound } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { streetOfOrg } from '../place-tree'
import { companiesOfStreet } from './companies'
import {
  appealsOfQuarter,
  type BoardDoc,
  boardIdOf,
  boardSettings,
  boardsOf,
  streetOfStaff,
  toAppealView,
} from './records'

type Audience =
  | { kind: 'street' }
  | { kind: 'community'; id: string }
  | { kind: 'company'; id: string }
  | { kind: 'public' }

function audienceOf(caller: Caller): Audience {
  const scope = (role: string) => caller.scopes.find((s) => s.role === role)?.orgId
  if (scope('street_admin')) return { kind: 'street' }
  const community = scope('community_admin')
  if (community) return { kind: 'community', id: community }
  const company = scope('property_manager')
  if (company) return { kind: 'company', id: company }
  return { kind: 'public' }
}

async function latestFinal(platform: Platform, streetId: string): Promise<BoardDoc | null> {
  const page = await boardsOf(platform.store).find({
    where: { streetId, stage: 'final' },
    orderBy: [['quarter', 'desc']],
    limit: 1,
  })
  return page.items[0] ?? null
}

const NOT_PUBLISHED = '该季度红黑榜尚未正式发布'

export async function quarterView(platform: Platform, caller: Caller, quarter?: string): Promise<QuarterOutput> {
  const { store } = platform
  const audience = audienceOf(caller)
  const streetId =
    audience.kind === 'company' || audience.kind === 'community'
      ? await streetOfOrg(store, audience.id)
      : caller.address?.streetId || (await streetOfStaff(store, caller))
  let board: BoardDoc | null
  if (audience.kind === 'public' && !quarter) {
    board = await latestFinal(platform, streetId)
    if (!board) throw notFound('还没有正式发布的红黑榜')
  } else {
    const q = quarter ?? lastEndedQuarter(platform.clock.now())
    board = await boardsOf(store).get(boardIdOf(streetId, q))
    if (!board) throw notFound(audience.kind === 'street' ? '该季度还没有计算红黑榜' : NOT_PUBLISHED)
  }
  const visible =
    audience.kind === 'street' || audience.kind === 'community'
      ? true
      : audience.kind === 'company'
        ? board.stage !== 'draft'
        : board.stage === 'final'
  if (!visible) throw notFound(NOT_PUBLISHED)

  let companyIds: Set<string> | null = null
  if (audience.kind === 'company') companyIds = new Set([audience.id])
  if (audience.kind === 'community') {
    const settings = await boardSettings(store, streetId)
    const companies = await companiesOfStreet(store, streetId, settings.homesPerUnit)
    companyIds = new Set(companies.filter((c) => c.communityIds.includes(audience.id)).map((c) => c.id))
  }
  const mine = <T extends { companyId: string }>(list: T[]) =>
    companyIds ? list.filter((x) => companyIds.has(x.companyId)) : list
  const appeals = audience.kind === 'public' ? [] : mine(await appealsOfQuarter(store, streetId, board.quarter))
  return {
    quarter: board.quarter,
    stage: board.stage,
    publicityEndsAt: board.publicityEndsAt,
    items: mine(board.items),
    discarded: board.discarded,
    appeals: appeals.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toAppealView),
  }
}
