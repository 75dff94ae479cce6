/**
 * `supervision.export`: the scope's figures as an .xlsx (exceljs): 总览, one sheet per level below
 * (社区, 网格, 物业公司, 职能部门), 月度趋势 and 工单明细 (the orders filed in the period). Stored
 * through the files port with the scope it shows, so only callers who may view that scope download it.
 */
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
import { COUNT_KEYS, emptyCounts, monthsOf, periodRange, ratesOf } from '../../_core/kpis'
import { XLSX_MIME } from '../../_platform/files/sniff'
import type { Platform } from '../../_platform/ports'
import { type OrderDoc, ordersOf } from '../orders'
import { countGroups } from './kpis'
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
const HEADER = ['名称', ...KPI_KEYS.map((k) => `${KPI_LABEL[k]}(%)`), ...COUNT_KEYS.map((k) => COUNT_LABEL[k])]
const rowOf = (name: string, c: KpiCounts) => {
  const k = ratesOf(c)
  return [name, ...KPI_KEYS.map((key) => percent(k[key])), ...COUNT_KEYS.map((key) => c[key])]
}

async function ordersFiled(platform: Platform, scope: ResolvedScope, from: string, to: string): Promise<OrderDoc[]> {
  const out: OrderDoc[] = []
  let cursor: string | null = null
  do {
    const page = await ordersOf(platform.store).find({
      where: { ...scopeWhere(scope), createdAt: periodRange(from, to) },
      orderBy: [['createdAt', 'asc']],
      limit: 1000,
      cursor,
    })
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

export async function supervisionExport(platform: Platform, caller: Caller, input: ExportInput): Promise<ExportOutput> {
  const scope = await scopeFor(platform.store, caller, input.scope)
  const { from, to } = input
  const levels = await levelsOf(platform, scope)
  const months = monthsOf(from, to)
  const entries = [...levels.entries()].flatMap(([kind, list]) => list.map((s, i) => ({ key: `${kind}${i}`, s })))
  const [counts, orders] = await Promise.all([
    countGroups(platform, [
      ...entries.map((e) => ({ key: e.key, scope: e.s, from, to })),
      ...months.map((m, i) => ({ key: `month${i}`, scope, from: m.from, to: m.to })),
    ]),
    ordersFiled(platform, scope, from, to),
  ])
  const of = (key: string) => counts.get(key) ?? emptyCounts()

  const ExcelJS = await import('exceljs')
  const Workbook = (ExcelJS as unknown as { Workbook: typeof import('exceljs').Workbook }).Workbook
  const book = new Workbook()
  const overview = book.addWorksheet('总览')
  overview.addRow([`${SCOPE_KIND_LABEL[scope.kind]}：${scope.name}`, `${from} 至 ${to}`])
  overview.addRow(HEADER)
  overview.addRow(rowOf(scope.name, of(`${scope.kind}0`)))
  for (const [kind, list] of levels) {
    if (kind === scope.kind) continue
    const sheet = book.addWorksheet(SCOPE_KIND_LABEL[kind])
    sheet.addRow(HEADER)
    for (const [i, s] of list.entries()) sheet.addRow(rowOf(s.name, of(`${kind}${i}`)))
  }
  const trend = book.addWorksheet('月度趋势')
  trend.addRow(HEADER.map((h, i) => (i === 0 ? '月份' : h)))
  for (const [i, m] of months.entries()) trend.addRow(rowOf(m.month.slice(0, 7), of(`month${i}`)))
  const raw = book.addWorksheet('工单明细')
  raw.addRow([
    '工单号',
    '类别',
    '地址',
    '社区',
    '网格',
    '承办单位',
    '状态',
    '提交时间',
    '签收时限',
    '办结时限',
    '重办次数',
    '转派次数',
    '评价星级',
  ])
  for (const o of orders) {
    raw.addRow([
      o.number,
      o.categoryName,
      o.addressLabel,
      o.communityId,
      o.gridId,
      o.handlerOrgName,
      STATUS_LABEL[o.status as WorkOrderStatus] ?? o.status,
      o.createdAt,
      o.acknowledgeBy,
      o.resolveBy,
      o.reopenCount,
      o.kTransfers ?? o.kpi?.transfers ?? 0,
      o.rating?.stars ?? '',
    ])
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer())
  const stored = await platform.files.put(bytes, { mime: XLSX_MIME, ownerId: caller.userId })
  const { name: _name, ...exportScope } = scope
  await platform.store.collection('files').patch(stored.fileId, { exportScope })
  return { fileId: stored.fileId, fileName: `督办考核_${scope.name}_${from}_${to}.xlsx` }
}
