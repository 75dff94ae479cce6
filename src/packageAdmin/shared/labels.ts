/** Option lists and labels the admin pages share. */
import type { AuditedAction } from '../../../types/admin'
import { HANDLER_KIND_LABELS } from '../../../types/labels'

export const HANDLER_OPTIONS = (Object.keys(HANDLER_KIND_LABELS) as Array<keyof typeof HANDLER_KIND_LABELS>).map(
  (value) => ({ value, label: HANDLER_KIND_LABELS[value] }),
)
export const handlerLabel = (k: string) => HANDLER_KIND_LABELS[k as keyof typeof HANDLER_KIND_LABELS] ?? k

export const CHANNEL_OPTIONS = [
  { value: 'property', label: '报物业' },
  { value: 'grid', label: '报网格员' },
] as const

export const GROUP_OPTIONS = (['公共设施', '环境卫生', '安全隐患', '矛盾纠纷', '物业服务'] as const).map((g) => ({
  value: g,
  label: g,
}))

export const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

export const AUDIT_ACTION_LABEL: Record<AuditedAction, string> = {
  'admin.saveCategory': '修改报事类别',
  'admin.saveRule': '修改分派规则',
  'admin.removeRule': '删除分派规则',
  'admin.saveSettings': '修改街道设置',
  'admin.saveHolidays': '录入放假安排',
  'admin.savePlace': '修改地址库',
  'admin.importPlaces': '导入地址库',
  'admin.saveOrg': '修改物业与部门',
  'board.compute': '计算红黑榜草稿',
  'board.publish': '发布红黑榜（公示或正式）',
  'board.appeal': '物业提出申诉',
  'board.decideAppeal': '处理物业申诉',
  'board.veto': '记录一票否决',
  'board.checklist': '社区考评打分',
  'board.saveSettings': '修改红黑榜评分设置',
  'rating.reviewHeld': '处理存疑问卷',
  'certificate.saveType': '修改证明目录',
  'market.save': '编辑民生集市',
}

export const ROLE_LABEL: Record<string, string> = {
  street_admin: '街道管理员',
  community_admin: '社区管理员',
}
