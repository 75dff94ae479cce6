/**
 * Every form of the staff order page as one table: text, optional photos and 常用语, an optional
 * target (转派 to an org, 吹哨 to a department). ActionSheet renders a row of it.
 */
import type { HandlerKind } from '../../../../../types/catalog'
import type { QuickReplySheet } from '../../../../../types/quick-replies'
import type { OrderDetail, TargetGroup } from '../../../../../types/report'

/** a 转派/吹哨 target; `group` places it (this estate's company, this grid and community, departments, others) */
export type Target = { id: string; kind: HandlerKind; name: string; group?: TargetGroup }
export type SheetName = 'progress' | 'resolve' | 'transfer' | 'return' | 'reject' | 'escalate'

export interface Filled {
  text: string
  photos: string[]
  target: Target | null
}

export interface SheetSpec {
  title: string
  /** the workorder action it runs */
  api: string
  /** the toast after it ran */
  done: string
  submit: string
  /** class of the text field: `${name}-${field}` */
  field: 'note' | 'reason'
  label?: string
  hint?: string
  placeholder: string
  max: number
  /** shown when the text is shorter than 2 characters */
  tooShort: string
  photos?: string
  target?: { label: string; empty: string; missing: string; pick: (all: Target[], o: OrderDetail) => Target[] }
  data: (f: Filled) => Record<string, unknown>
  /** the order leaves this person's hands: back to the inbox */
  leave?: boolean
  /** offers the 常用语 of this sheet for the order's category */
  quickReplies?: QuickReplySheet
}

export const SHEETS: Record<SheetName, SheetSpec> = {
  progress: {
    title: '记录处理进展',
    api: 'progress',
    done: '已记录进展',
    submit: '提交进展',
    field: 'note',
    placeholder: '例如：已到现场查看，配件已订购，预计明天更换',
    max: 300,
    tooShort: '请填写处理进展（至少2个字）',
    photos: '现场照片（选填）',
    data: (f) => ({ note: f.text, photos: f.photos }),
    quickReplies: 'progress',
  },
  resolve: {
    title: '办结工单',
    api: 'resolve',
    done: '已办结',
    submit: '确认办结',
    field: 'note',
    placeholder: '请说明如何处理的，例如：已更换楼道灯泡，现已正常照明',
    max: 300,
    tooShort: '请填写办结说明（至少2个字）',
    photos: '处理后照片',
    data: (f) => ({ note: f.text, photos: f.photos }),
    quickReplies: 'resolve',
  },
  transfer: {
    title: '转派工单',
    api: 'transfer',
    done: '已转派',
    submit: '确认转派',
    field: 'reason',
    label: '转派原因',
    placeholder: '例如：属于公共道路，不在本物业服务范围',
    max: 200,
    tooShort: '请写明转派原因（至少2个字）',
    target: {
      label: '转派给',
      empty: '暂无可转派的单位',
      missing: '请选择转派给谁',
      // the server lists them grouped, the right ones first; only the current holder is left out
      pick: (all, o) => all.filter((t) => t.name !== o.handler.orgName),
    },
    data: (f) => ({ toKind: f.target?.kind, toOrgId: f.target?.id, reason: f.text }),
    leave: true,
  },
  return: {
    title: '退回工单',
    api: 'return',
    done: '已退回',
    submit: '确认退回',
    field: 'reason',
    hint: '退回后由社区重新派单。',
    placeholder: '请写明退回原因，例如：该楼栋不属于本网格',
    max: 200,
    tooShort: '请写明退回原因（至少2个字）',
    data: (f) => ({ reason: f.text }),
    leave: true,
  },
  reject: {
    title: '驳回工单',
    api: 'reject',
    done: '已驳回',
    submit: '确认驳回',
    field: 'reason',
    hint: '用于无效或重复的报事。驳回原因会通知居民。',
    placeholder: '请写明驳回原因，例如：与 HB-20261123-0003 重复，已合并处理',
    max: 200,
    tooShort: '请写明驳回原因（至少2个字）',
    data: (f) => ({ reason: f.text }),
  },
  escalate: {
    title: '吹哨：请部门报到',
    api: 'whistle',
    done: '已吹哨',
    submit: '确认吹哨',
    field: 'note',
    label: '需要协助的事项',
    placeholder: '例如：占道经营需城管执法，请派人到场',
    max: 300,
    tooShort: '请写明需要部门协助的事项（至少2个字）',
    target: {
      label: '报到部门',
      empty: '暂无可吹哨的部门',
      missing: '请选择需要报到的部门',
      pick: (all) => all.filter((t) => t.kind === 'department'),
    },
    data: (f) => ({ departmentId: f.target?.id, note: f.text }),
  },
}
