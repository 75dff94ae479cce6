/**
 * 放假安排: one year as a grid of months. Listed 放假 days and 调休 workdays are marked; tapping a day
 * flips it between rest and work. Saved with admin.saveHolidays (at the version seen). A warning shows
 * while next year's arrangement is missing (deadlines would then follow the statutory fallback).
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { SaveHolidaysInput } from '../../../../types/admin'
import type { HolidayArrangement } from '../../../../types/holidays'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { admin } from '../../shared/api'
import { Chips, TextField } from '../../shared/fields'
import { check, firstError } from '../../shared/form'
import { SaveProblem, useSave } from '../../shared/save'
import { chinaYear, isRest, type Marks, monthsOf, toggle } from './calendar'
import '../../shared/admin.scss'
import './index.scss'

interface Loaded {
  arrangement: HolidayArrangement | null
  version: number | null
  notice: string | null
}

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']
const empty: Marks = { holidays: new Set(), workdays: new Set() }

export default function HolidaysPage() {
  const thisYear = chinaYear()
  const [year, setYear] = useState(thisYear + 1)
  const loaded = useLoad(() => admin<Loaded>('holidays', { year }), [year])
  const next = useLoad(() => admin<Loaded>('holidays', { year: thisYear + 1 }))
  const [marks, setMarks] = useState<Marks>(empty)
  const [source, setSource] = useState('')
  const [dirty, setDirty] = useState(false)
  const save = useSave()

  useEffect(() => {
    const a = loaded.data?.arrangement
    setMarks({ holidays: new Set(a?.holidays ?? []), workdays: new Set(a?.workdays ?? []) })
    setSource(a?.source ?? '')
    setDirty(false)
  }, [loaded.data])

  const submit = async () => {
    const arrangement = {
      year,
      holidays: [...marks.holidays].sort(),
      workdays: [...marks.workdays].sort(),
      ...(source.trim() ? { source: source.trim() } : {}),
    }
    const out = check(SaveHolidaysInput, { arrangement, expectedVersion: loaded.data?.version ?? undefined })
    if (!out.ok) return save.fail(firstError(out.errors) ?? '放假安排有误')
    const saved = await save.run(() => admin('saveHolidays', out.data))
    if (saved) await Promise.all([loaded.reload(), next.reload()])
  }

  const nextMissing = next.data && !next.data.arrangement ? next.data.notice : null
  const years = [thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y}年` }))
  return (
    <PageShell className="adm-page holidays-page">
      <View className="adm-wrap">
        {nextMissing ? (
          <View className="alert-red holidays-missing" data-year={thisYear + 1}>
            <Text className="block holidays-missing-title">{thisYear + 1}年放假安排待录入</Text>
            <Text className="block small">{nextMissing}</Text>
          </View>
        ) : null}
        <View className="adm-toolbar holidays-toolbar">
          <Chips value={String(year)} options={years} onChange={(v) => setYear(Number(v))} chipClass="holidays-year" />
          <View className="adm-spacer" />
          <View className="holidays-legend">
            <Text className="hol-key hol-rest">休</Text> 放假
            <Text className="hol-key hol-work">班</Text> 调休上班
            <Text className="hol-key hol-weekend">六</Text> 周末
          </View>
        </View>
        <Text className="block muted small holidays-hint">
          点一下日期即在“休息/上班”之间切换。按公布的放假安排标出与平常周末不同的日子：放假日标“休”，调休上班的周末标“班”。未标的日子按国家日历计算（日历没有数据的年份按法定节假日推算）。已标{' '}
          {marks.holidays.size} 天放假、{marks.workdays.size} 天调休上班。
        </Text>
        {loaded.loading && !loaded.data ? <Loading /> : null}
        {loaded.error ? <ErrorBox error={loaded.error} onRetry={loaded.reload} /> : null}
        {loaded.data && !loaded.data.arrangement && loaded.data.notice && !(nextMissing && year === thisYear + 1) ? (
          <View className="alert-blue holidays-notice">{loaded.data.notice}</View>
        ) : null}
        <View className="hol-year">
          {monthsOf(year).map((weeks, m) => (
            <View key={weeks[1]?.[0]?.date} className="hol-month">
              <Text className="hol-month-title">{m + 1}月</Text>
              <View className="hol-week hol-week-head">
                {WEEK_HEAD.map((w) => (
                  <Text key={w} className="hol-cell hol-head">
                    {w}
                  </Text>
                ))}
              </View>
              {weeks.map((week) => (
                <View key={week[0]?.date} className="hol-week">
                  {week.map((d) =>
                    !d.blank ? (
                      <View
                        key={d.date}
                        data-date={d.date}
                        className={[
                          'hol-cell hol-day',
                          isRest(d, marks) ? 'is-rest' : '',
                          marks.holidays.has(d.date) ? 'is-holiday' : '',
                          marks.workdays.has(d.date) ? 'is-workday' : '',
                        ].join(' ')}
                        onClick={() => {
                          setMarks(toggle(d, marks))
                          setDirty(true)
                        }}
                      >
                        <Text className="hol-num">{d.day}</Text>
                        {marks.holidays.has(d.date) ? <Text className="hol-mark">休</Text> : null}
                        {marks.workdays.has(d.date) ? <Text className="hol-mark">班</Text> : null}
                      </View>
                    ) : (
                      <View key={d.date} className="hol-cell" />
                    ),
                  )}
                </View>
              ))}
            </View>
          ))}
        </View>
        <View className="card holidays-save">
          <TextField
            label="发布依据（可选）"
            value={source}
            onChange={(v) => {
              setSource(v)
              setDirty(true)
            }}
            placeholder="如：国办发明电〔2026〕7号"
            maxlength={100}
          />
          <SaveProblem state={save} onReload={() => void loaded.reload()} />
          <Btn className="holidays-submit" loading={save.busy} disabled={!dirty} onClick={() => void submit()}>
            {dirty ? `保存${year}年放假安排` : loaded.data?.arrangement ? '已保存' : '点日期开始录入'}
          </Btn>
        </View>
      </View>
    </PageShell>
  )
}
