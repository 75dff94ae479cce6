/**
 * 物业红黑榜 for residents: the latest published quarter in three sections (红榜, 黑榜, 样本不足) and
 * the other companies, each with its grade and every part of its score explained with the sample
 * behind it. From here a resident answers the quarterly survey for their own company.
 */
import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import type { BoardItem, ListKind, QuarterOutput } from '../../../types/board'
import { call, getUser } from '../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../components'
import { quarterLabel } from '../../lib/quarters'
import { go, ROUTES } from '../../lib/routes'
import { useLoad } from '../../lib/use-load'
import { CompanyCard } from './parts/CompanyCard'
import './index.scss'

const SECTIONS: Array<{ list: ListKind; title: string; note: string }> = [
  { list: 'red', title: '红榜', note: 'AAA级、评价人数足够、无一票否决' },
  { list: 'black', title: '黑榜', note: 'C级或一票否决，须限期整改' },
  { list: 'none', title: '其他物业', note: '按得分排名' },
  { list: 'insufficient', title: '样本不足', note: '评价人数太少，暂不排名' },
]

export default function BoardPage() {
  const board = useLoad(() => call<QuarterOutput>('board', 'quarter', {}), [])
  usePullDownRefresh(() => void board.reload())
  const resident = getUser()?.kind === 'resident'
  const data = board.data

  return (
    <PageShell title="物业红黑榜" className="rb-page">
      {board.loading && !data ? <Loading /> : null}
      {board.error?.code === 'NOT_FOUND' ? (
        <Empty text="还没有正式发布的红黑榜。每季度结束、公示期满后在这里发布。" />
      ) : null}
      {board.error && board.error.code !== 'NOT_FOUND' ? <ErrorBox error={board.error} onRetry={board.reload} /> : null}
      {data && !data.items.length ? <Empty text="本季度红黑榜还没有上榜的物业公司。" /> : null}
      {data?.items.length ? (
        <>
          <View className="card rb-head">
            <Text className="block rb-quarter">{quarterLabel(data.quarter)}</Text>
            <Text className="block muted rb-how">
              满分100分：居民评价、处理报事、社区考评、投诉多少四项相加。评价人数太少的物业不排名，以免少数人决定结果。
              {data.discarded ? `本季度有${data.discarded}份问卷因疑似刷票被剔除。` : ''}
            </Text>
          </View>
          {resident ? (
            <Btn kind="primary" block className="rb-survey" onClick={() => go(ROUTES.boardSurvey)}>
              给我家物业打分（季度评价）
            </Btn>
          ) : null}
          {SECTIONS.map((s) => (
            <Section key={s.list} {...s} items={data.items.filter((i) => i.list === s.list)} />
          ))}
        </>
      ) : null}
    </PageShell>
  )
}

function Section({ list, title, note, items }: { list: ListKind; title: string; note: string; items: BoardItem[] }) {
  if (!items.length && list === 'none') return null
  return (
    <View className={`rb-section rb-section-${list}`}>
      <View className="rb-section-head">
        <Text className={`rb-section-title rb-title-${list}`}>{title}</Text>
        <Text className="muted small rb-section-note">{note}</Text>
      </View>
      {items.length ? (
        items.map((i) => <CompanyCard key={i.companyId} item={i} />)
      ) : (
        <Text className="block muted rb-section-empty">本季度没有</Text>
      )}
    </View>
  )
}
