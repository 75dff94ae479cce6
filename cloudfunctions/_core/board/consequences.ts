/**
 * What a final board sets in motion: every 黑榜 entry becomes a 约谈/整改 task for each community the
 * company serves, due after the street's rectification working days; two black quarters in a row
 * (the item's `referral`) are flagged on the task for referral to the housing authority. Pure.
 */
import type { BoardItem } from '../../../types/board'

export interface BoardTask {
  _id: string
  streetId: string
  quarter: string
  communityId: string
  companyId: string
  companyName: string
  kind: 'interview_rectify'
  reason: string
  referral: boolean
  dueAt: string
  status: 'open'
  createdAt: string
}

export function tasksOfFinalBoard(args: {
  streetId: string
  quarter: string
  items: readonly BoardItem[]
  communitiesOf: (companyId: string) => readonly string[]
  dueAt: string
  now: string
}): BoardTask[] {
  return args.items
    .filter((i) => i.list === 'black')
    .flatMap((i) =>
      args.communitiesOf(i.companyId).map(
        (communityId): BoardTask => ({
          _id: `bt_${args.quarter}_${i.companyId}_${communityId}`,
          streetId: args.streetId,
          quarter: args.quarter,
          communityId,
          companyId: i.companyId,
          companyName: i.companyName,
          kind: 'interview_rectify',
          reason: i.veto ? `一票否决：${i.veto}` : `季度评分${i.score}分，等级${i.grade}`,
          referral: i.referral,
          dueAt: args.dueAt,
          status: 'open',
          createdAt: args.now,
        }),
      ),
    )
}
