/**
 * `supervision.export`: the scope's figures as an .xlsx (exceljs): 总览, one sheet per level below
 * (社区, 网格, 物业公司, 职能部门), 月度趋势 and 工单明细 (the orders filed in the period). Stored
 * through the files port with the scope it shows, so only callers who may view that scope download it.
 */
import { formatDateTime } from '../../../types/china-time'
import type { Caller } from '../../../types/identity'
import {
  type ExportInput,
  type ExportOutput,
  KPI_KEYS,
  KPI_LABEL,
  type KpiCounts,
  SCOPE_KIND_LABEL,
  type ScopeKind,
} from '../../../types/supervision'
import { STATUS_LABEL, type WorkOrderStatus } from '../../../types/workorder'
import { COUNT_KEYS, countsOf, inMonth, inScope, monthsOf, periodRange, ratesOf } from '../../_core/kpis'
import { NO_DEADLINE } from '../../_core/workflow'
import type { Platform } from '../../_platform/ports'
import type { Where } from '../../_platform/store/port'
import { type OrderDoc, ordersOf } from '../orders'
import { allOrgs } from '../places'
import { type SheetSpec, saveWorkbook } from '../spreadsheet'
import { kpiGroups } from './kpis'
import { scopeWhere } from './problems'
import { childScopes, type ResolvedScope, scopeFor } from './scope'

export const COUNT_LABEL: Record<keyof KpiCounts, string> = {
  orders: '工单数',
  repeats: '重复诉求',
  acknowledgeDue: '应签收',
  acknowledgedOnTime: '按时签收',
  resolveDue: '应办结',
  resolvedOnTime: '按时办结',
  closed: '办结关闭',
  rated: '已评价',
  reopened: '重办',
  ratings: '有效评价',
  satisfied: '满意及基本满意',
  resolvedAnswered: '答复是否解决',
  resolvedYes: '已解决',
  dispatched: '派单',
  returned: '退回',
}

/** Every scope at each level under (and including) the scope, by kind. */
async function levelsOf(platform: Platform, scope: ResolvedScope): Promise<Map<ScopeKind, ResolvedScope[]>> {
  const levels = new Map<ScopeKind, ResolvedScope[]>([[scope.kind, [scope]]])
  const queue = [scope]
  while (queue.length > 0) {
    const next = queue.shift() as ResolvedScope
    for (const child of await childScopes(platform.store, next)) {
      levels.set(child.kind, [...(levels.get(child.kind) ?? []), child])
      queue.push(child)
    }
  }
  return levels
}

const percent = (r: number | null) => (r === null ? '—' : Number((r * 100).toFixed(1)))

/** The columns of every figures sheet: the name, each KPI in %, then the counts behind them. */
const figureColumns = (first: string) => [
  { header: first, key: 'name', width: 22 },
  ...KPI_KEYS.map((k) => ({ header: `${KPI_LABEL[k]}(%)`, key: k, width: 12 })),
  ...COUNT_KEYS.map((k) => ({ header: COUNT_LABEL[k], key: `n_${k}`, width: 10 })),
]
const figureRow = (name: string, c: KpiCounts) => {
  const k = ratesOf(c)
  return {
    name,
    ...Object.fromEntries(KPI_KEYS.map((key) => [key, percent(k[key])])),
    ...Object.fromEntries(COUNT_KEYS.map((key) => [`n_${key}`, c[key]])),
  }
}

/** The orders the `orders` count counts: filed in the period, in the place or first routed to the org. */
function filedWhere(scope: ResolvedScope, from: string, to: string): Where {
  const place = scopeWhere(scope)
  const where =
    scope.kind === 'company' || scope.kind === 'department'
      ? { streetId: scope.streetId, kCreatedOrg: scope.id }
      : place
  return { ...where, createdAt: periodRange(from, to) }
}

async function ordersFiled(platform: Platform, scope: ResolvedScope, from: string, to: string): Promise<OrderDoc[]> {
  const out: OrderDoc[] = []
  let cursor: string | null = null
  do {
    const page = await ordersOf(platform.store).find({
      where: filedWhere(scope, from, to),
      orderBy: [['createdAt', 'asc']],
      limit: 1000,
      cursor,
    })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

const RAW_COLUMNS: Array<[key: string, header: string, width: number]> = [
  ['number', '工单号', 18],
  ['category', '类别', 12],
  ['address', '地址', 22],
  ['community', '社区', 12],
  ['grid', '网格', 16],
  ['handler', '承办单位', 20],
  ['status', '状态', 10],
  ['createdAt', '提交时间', 20],
  ['acknowledgeBy', '签收时限', 20],
  ['resolveBy', '办结时限', 20],
  ['closedAt', '办结关闭时间', 20],
  ['reopens', '重办次数', 10],
  ['transfers', '转派次数', 10],
  ['repeat', '重复诉求', 10],
  ['stars', '评价星级', 10],
]

export async function supervisionExport(platform: Platform, caller: Caller, input: ExportInput): Promise<ExportOutput> {
  const scope = await scopeFor(platform.store, caller, input.scope)
  const { from, to } = input
  const levels = await levelsOf(platform, scope)
  const months = monthsOf(from, to)
  const [groups, orders, orgs] = await Promise.all([
    kpiGroups(platform, scope, from, to),
    ordersFiled(platform, scope, from, to),
    allOrgs(platform.store),
  ])
  const nameOf = (id: string) => orgs.get(id)?.name ?? id
  const sheets: SheetSpec[] = [
    {
      name: '总览',
      columns: figureColumns(`${SCOPE_KIND_LABEL[scope.kind]}（${from} 至 ${to}）`),
      rows: [
        figureRow(
          scope.name,
          countsOf(groups, () => true),
        ),
      ],
    },
  ]
  for (const [kind, list] of levels) {
    if (kind === scope.kind) continue
    sheets.push({
      name: SCOPE_KIND_LABEL[kind],
      columns: figureColumns(SCOPE_KIND_LABEL[kind]),
      rows: list.map((s) => figureRow(s.name, countsOf(groups, inScope(s)))),
    })
  }
  sheets.push({
    name: '月度趋势',
    columns: figureColumns('月份'),
    rows: months.map((m, i) => figureRow(m.month.slice(0, 7), countsOf(groups, inMonth(i)))),
  })
  sheets.push({
    name: '工单明细',
    columns: RAW_COLUMNS.map(([key, header, width]) => ({ key, header, width })),
    rows: orders.map((o) => ({
      number: o.number,
      category: o.categoryName,
      address: o.addressLabel,
      community: nameOf(o.communityId),
      grid: nameOf(o.gridId),
      handler: o.handlerOrgName,
      status: STATUS_LABEL[o.status as WorkOrderStatus] ?? o.status,
      createdAt: timeText(o.createdAt),
      acknowledgeBy: timeText(o.acknowledgeBy),
      resolveBy: timeText(o.resolveBy),
      closedAt: formatDateTime(o.kCloseAt),
      reopens: o.reopenCount,
      transfers: o.kTransfers ?? o.kpi?.transfers ?? 0,
      repeat: o.kRepeat ? '是' : '',
      stars: o.rating?.stars ?? '',
    })),
  })
  const stored = await saveWorkbook(platform, caller.userId, sheets)
  const { name: _name, ...exportScope } = scope
  await platform.store.collection('files').patch(stored.fileId, { exportScope })
  return { fileId: stored.fileId, fileName: `督办考核_${scope.name}_${from}_${to}.xlsx` }
}

/** China local time, e.g. 2026-07-03 14:05; '' for no deadline. */
const timeText = (iso: string) => (iso === NO_DEADLINE ? '' : formatDateTime(iso))
