/** 民生集市 at a desk: the columns of its table (DeskTable), sortable by title, date, venue, stalls and state. */
import { Text } from '@tarojs/components'
import type { MarketCard } from '../../../../types/market'
import { MARKET_STATUS_LABEL } from '../../../../types/market-labels'
import { dayLabel, slotTime } from '../../../lib/market'
import type { DeskColumn } from '../../shared/DeskTable'

const TAG: Record<MarketCard['status'], string> = {
  draft: '',
  published: 'adm-tag-green',
  cancelled: 'adm-tag-red',
  finished: 'adm-tag-blue',
}

export const MARKET_TABLE: DeskColumn<MarketCard>[] = [
  { key: 'title', header: '集市', sortValue: (m) => m.title, cell: (m) => <Text className="dt-name">{m.title}</Text> },
  {
    key: 'date',
    header: '时间',
    sortValue: (m) => m.opensAt,
    cell: (m) => `${dayLabel(m.opensAt)} ${slotTime({ startsAt: m.opensAt, endsAt: m.closesAt })}`,
  },
  { key: 'venue', header: '地点', sortValue: (m) => m.venue, cell: (m) => m.venue },
  {
    key: 'stalls',
    header: '摊位',
    wrap: true,
    sortValue: (m) => m.stallNames.length,
    cell: (m) => m.stallNames.join('、'),
  },
  {
    key: 'status',
    header: '状态',
    sortValue: (m) => MARKET_STATUS_LABEL[m.status],
    cell: (m) => <Text className={`adm-tag ${TAG[m.status]}`}>{MARKET_STATUS_LABEL[m.status]}</Text>,
  },
]
