/** 证明目录 at a desk: the columns of its table (DeskTable), sortable by name (with its code), way, time limit, validity and state. */
import { Text } from '@tarojs/components'
import type { CertificateType } from '../../../../types/certificate'
import { MODE_LABEL, timeLimitText, validityText } from '../../../../types/certificate-labels'
import type { DeskColumn } from '../../shared/DeskTable'

export interface TypeRow {
  type: CertificateType
  updatedAt: string | null
  version: number
}

/** working days to finish (instant is 0), so 即时办结 sorts first */
const days = (t: CertificateType) => (t.timeLimit.kind === 'instant' ? 0 : t.timeLimit.days)

export const TYPE_TABLE: DeskColumn<TypeRow>[] = [
  {
    key: 'name',
    header: '证明名称',
    sortValue: ({ type: t }) => t.name,
    cell: ({ type: t }) => (
      <>
        <Text className="dt-name">{t.name}</Text>
        <Text className="dt-sub"> {t.code}</Text>
      </>
    ),
  },
  {
    key: 'mode',
    header: '办理方式',
    sortValue: ({ type: t }) => MODE_LABEL[t.mode],
    cell: ({ type: t }) => MODE_LABEL[t.mode],
  },
  {
    key: 'limit',
    header: '承诺时限',
    sortValue: ({ type: t }) => days(t),
    cell: ({ type: t }) => timeLimitText(t.timeLimit),
  },
  {
    key: 'validity',
    header: '有效期',
    // 长期有效 after every number of days
    sortValue: ({ type: t }) => t.validityDays ?? 100_000,
    cell: ({ type: t }) => validityText(t.validityDays),
  },
  {
    key: 'purposes',
    header: '办理用途',
    wrap: true,
    sortValue: ({ type: t }) => t.purposes.length,
    cell: ({ type: t }) => t.purposes.join('、'),
  },
  {
    key: 'active',
    header: '状态',
    sortValue: ({ type: t }) => (t.active ? '已启用' : '未启用'),
    cell: ({ type: t }) => (
      <Text className={`adm-tag ${t.active ? 'adm-tag-green' : ''}`}>{t.active ? '已启用' : '未启用'}</Text>
    ),
  },
]
