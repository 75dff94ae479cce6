/** Records shown readably (audit before/after, the other person's version on a CONFLICT): Chinese field names, plain values. */
import { Text, View } from '@tarojs/components'

const FIELD_LABEL: Record<string, string> = {
  name: '名称',
  code: '编码',
  group: '分组',
  icon: '图标',
  kind: '类型',
  defaultHandler: '默认处理方',
  departmentId: '部门',
  emergencyHint: '紧急提示',
  emergencyCalls: '紧急电话',
  urgent: '紧急',
  acknowledgeHours: '签收时限(小时)',
  resolveHours: '办结时限(小时)',
  afterPhotoRequired: '办结需拍照',
  sort: '排序',
  active: '启用',
  categoryCode: '类别',
  estateId: '小区',
  handler: '处理方',
  orgId: '指定单位',
  priority: '优先级',
  reason: '理由',
  communityId: '社区',
  gridId: '网格',
  propertyCompanyId: '物业公司',
  parentId: '上级',
  streetId: '街道',
  units: '单元',
  phone: '电话',
  contacts: '联系人',
  duty: '值班表',
  officeHours: '办公时间',
  autoConfirmDays: '自动办结天数',
  whistleReportHours: '吹哨报到时限',
  redispatchHours: '重派时限',
  reportsPerHour: '每小时报事上限',
  orderPrefix: '编号前缀',
  escalationGraceHours: '催办梯度',
  blockedWords: '屏蔽词',
  arrangements: '放假安排',
  holidays: '放假',
  workdays: '调休上班',
  year: '年份',
  source: '依据',
}

export const fieldLabel = (key: string) => FIELD_LABEL[key] ?? key

/** enum values in words, by the field they sit in */
const KIND_WORD: Record<string, string> = {
  community: '社区',
  grid: '网格',
  estate: '小区',
  building: '楼栋',
  property: '物业',
  department: '职能部门',
}
const VALUE_WORD: Record<string, Record<string, string>> = {
  kind: KIND_WORD,
  handler: KIND_WORD,
  defaultHandler: KIND_WORD,
}

const fieldValueText = (key: string, v: unknown) =>
  typeof v === 'string' && VALUE_WORD[key]?.[v] ? (VALUE_WORD[key]?.[v] as string) : valueText(v)

export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join('、') || '（无）'
    return v.map((x) => valueText(x)).join('；') || '（无）'
  }
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${fieldLabel(k)}：${valueText(x)}`)
      .join('，')
  }
  return String(v)
}

const entriesOf = (v: unknown): Array<[string, unknown]> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v as Record<string, unknown>).filter(([k]) => !k.startsWith('_'))
    : []

/** Labelled lines, one per pair: a record's fields, or a detail pane's facts. */
export function KeyValues({ rows, className }: { rows: ReadonlyArray<readonly [string, string]>; className?: string }) {
  return (
    <View className={`adm-record ${className ?? ''}`}>
      {rows.map(([k, v]) => (
        <View key={k} className="adm-record-row">
          <Text className="adm-record-key">{k}</Text>
          <Text className="adm-record-value">{v}</Text>
        </View>
      ))}
    </View>
  )
}

/** Every field of a record, one per line. */
export function RecordView({ value, className }: { value: unknown; className?: string }) {
  const rows = entriesOf(value)
  if (!rows.length) return <Text className="muted small">{valueText(value)}</Text>
  return <KeyValues className={className} rows={rows.map(([k, v]) => [fieldLabel(k), fieldValueText(k, v)] as const)} />
}

/** What an edit changed: each changed field as 修改前 → 修改后 (a new or removed record: all its fields). */
export function ChangeView({ before, after }: { before: unknown; after: unknown }) {
  if (before === null || before === undefined) {
    return (
      <View className="adm-change">
        <Text className="adm-change-kind">新增</Text>
        <RecordView value={after} />
      </View>
    )
  }
  if (after === null || after === undefined) {
    return (
      <View className="adm-change">
        <Text className="adm-change-kind is-removed">删除</Text>
        <RecordView value={before} />
      </View>
    )
  }
  const b = Object.fromEntries(entriesOf(before))
  const a = Object.fromEntries(entriesOf(after))
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  )
  if (!keys.length) return <Text className="muted small">未改动内容</Text>
  return (
    <View className="adm-change">
      {keys.map((k) => (
        <View key={k} className="adm-record-row">
          <Text className="adm-record-key">{fieldLabel(k)}</Text>
          <Text className="adm-record-value">
            <Text className="adm-before">{fieldValueText(k, b[k])}</Text>
            {' → '}
            <Text className="adm-after">{fieldValueText(k, a[k])}</Text>
          </Text>
        </View>
      ))}
    </View>
  )
}
