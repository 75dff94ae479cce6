/**
 * 物业红黑榜 for the street: pick an ended quarter, 计算草稿, check every entry's score, grade, list,
 * rank, breakdown and sample, then 进入公示 (companies may appeal), decide each appeal, and 正式发布 to
 * residents. Vetoes and the community checklist are recorded here before the board is final; 评分设置
 * (the weights and the minimum sample) has its own page.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { type QuarterOutput, STAGE_LABEL } from '../../../../types/board'
import { formatDateTime } from '../../../../types/china-time'
import { call } from '../../../api'
import { Btn, Empty, ErrorBox, Loading, PageShell } from '../../../components'
import { endedQuarters, quarterLabel } from '../../../lib/quarters'
import { go, ROUTES } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { Chips } from '../../shared/fields'
import { SaveProblem, useSave } from '../../shared/save'
import { Appeals } from './parts/Appeals'
import { BoardTable } from './parts/BoardTable'
import { ChecklistForm } from './parts/ChecklistForm'
import { VetoForm } from './parts/VetoForm'
import '../../shared/admin.scss'
import './index.scss'

const confirm = (title: string, content: string) =>
  Taro.showModal({ title, content, confirmText: '确定' }).then((r) => r.confirm)

export default function BoardAdminPage() {
  const quarters = useMemo(() => endedQuarters(new Date(), 4), [])
  const [quarter, setQuarter] = useState(quarters[0])
  const board = useLoad(() => call<QuarterOutput>('board', 'quarter', { quarter }), [quarter])
  const action = useSave()
  const notYet = board.error?.code === 'NOT_FOUND'
  const data = board.data?.quarter === quarter ? board.data : null

  const compute = async () => {
    if (data && !(await confirm('重新计算草稿', '将按最新数据重新计算本季度草稿，确定吗？'))) return
    if (await action.run(() => call('board', 'compute', { quarter }), '草稿已计算')) await board.reload()
  }
  const publish = async (stage: 'publicity' | 'final') => {
    const [title, text] =
      stage === 'publicity'
        ? ['进入公示', '公示期内物业公司可以申诉，确定进入公示吗？']
        : ['正式发布', '发布后全体居民都能看到本季度红黑榜，确定发布吗？']
    if (!(await confirm(title, text))) return
    if (
      await action.run(
        () => call('board', 'publish', { quarter, stage }),
        stage === 'final' ? '已正式发布' : '已进入公示',
      )
    )
      await board.reload()
  }
  const companies = (data?.items ?? []).map((i) => ({ value: i.companyId, label: i.companyName }))

  return (
    <PageShell title="物业红黑榜" className="adm-page bd-page">
      <View className="adm-wrap">
        <View className="adm-toolbar">
          <Chips
            value={quarter}
            options={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))}
            onChange={setQuarter}
            chipClass="bd-quarter"
          />
          <View className="adm-spacer" />
          <Btn kind="secondary" className="bd-settings" onClick={() => go(ROUTES.adminBoardSettings)}>
            评分设置
          </Btn>
        </View>

        <View className="card bd-stage-card">
          <View className="adm-row-top">
            <Text className="adm-row-name">{quarterLabel(quarter)}</Text>
            <Text className={`adm-tag adm-tag-blue bd-stage bd-stage-${data?.stage ?? 'none'}`}>
              {data ? STAGE_LABEL[data.stage] : notYet ? '未计算' : '…'}
            </Text>
            {data?.discarded ? <Text className="adm-tag">剔除问卷 {data.discarded} 份</Text> : null}
          </View>
          {data?.stage === 'publicity' && data.publicityEndsAt ? (
            <Text className="adm-row-line">公示截止 {formatDateTime(data.publicityEndsAt)}，期间物业公司可申诉</Text>
          ) : null}
          {data?.stage === 'final' ? (
            <Text className="adm-row-line">已正式发布，居民可在“物业红黑榜”查看。</Text>
          ) : null}
          <View className="adm-actions">
            {!data || data.stage === 'draft' ? (
              <Btn
                kind={data ? 'secondary' : 'primary'}
                className="bd-compute"
                loading={action.busy}
                onClick={() => void compute()}
              >
                {data ? '重新计算草稿' : '计算草稿'}
              </Btn>
            ) : null}
            {data?.stage === 'draft' ? (
              <Btn
                kind="primary"
                className="bd-publicity"
                loading={action.busy}
                onClick={() => void publish('publicity')}
              >
                进入公示
              </Btn>
            ) : null}
            {data?.stage === 'publicity' ? (
              <Btn kind="primary" className="bd-final" loading={action.busy} onClick={() => void publish('final')}>
                正式发布
              </Btn>
            ) : null}
          </View>
          <SaveProblem state={action} />
        </View>

        {board.loading && !data ? <Loading /> : null}
        {board.error && !notYet ? <ErrorBox error={board.error} onRetry={board.reload} /> : null}
        {notYet ? <Empty text="本季度还没有计算。季度结束后点“计算草稿”。" /> : null}
        {data ? (
          <>
            <Text className="bd-h">排名与得分（{data.items.length}家）</Text>
            <BoardTable items={data.items} />
            <Text className="bd-h">申诉</Text>
            <Appeals appeals={data.appeals} onChanged={() => void board.reload()} />
            {data.stage !== 'final' ? (
              <View className="bd-forms">
                <View className="adm-editor bd-form-box">
                  <Text className="adm-editor-title">一票否决记录</Text>
                  <VetoForm quarter={quarter} companies={companies} onDone={() => void board.reload()} />
                </View>
                <View className="adm-editor bd-form-box">
                  <Text className="adm-editor-title">社区考评</Text>
                  <ChecklistForm quarter={quarter} companies={companies} onDone={() => void board.reload()} />
                </View>
              </View>
            ) : null}
          </>
        ) : null}
      </View>
    </PageShell>
  )
}
