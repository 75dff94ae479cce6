/**
 * 街道设置: office hours, reports per resident per hour, auto-close days, the number prefix, the
 * escalation timings and the street's blocked words (one per line), checked with the same schema as
 * the server, saved at the version seen.
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { SaveSettingsInput } from '../../../../types/admin'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { admin } from '../../shared/api'
import { TextField } from '../../shared/fields'
import { check, type FieldErrors, firstError, num, under } from '../../shared/form'
import { SaveProblem, useSave } from '../../shared/save'
import '../../shared/admin.scss'

interface InForce {
  officeHours: { start: string; end: string }
  autoConfirmDays: number
  whistleReportHours: number
  redispatchHours: number
  reportsPerHour: number
  orderPrefix: string
  escalationGraceHours: [number, number, number]
  blockedWords: string[]
}

type Form = Record<
  | 'start'
  | 'end'
  | 'autoConfirmDays'
  | 'whistleReportHours'
  | 'redispatchHours'
  | 'reportsPerHour'
  | 'orderPrefix'
  | 'g1'
  | 'g2'
  | 'g3'
  | 'words',
  string
>

const formOf = (s: InForce): Form => ({
  start: s.officeHours.start,
  end: s.officeHours.end,
  autoConfirmDays: String(s.autoConfirmDays),
  whistleReportHours: String(s.whistleReportHours),
  redispatchHours: String(s.redispatchHours),
  reportsPerHour: String(s.reportsPerHour),
  orderPrefix: s.orderPrefix,
  g1: String(s.escalationGraceHours[0]),
  g2: String(s.escalationGraceHours[1]),
  g3: String(s.escalationGraceHours[2]),
  words: s.blockedWords.join('\n'),
})

export default function SettingsPage() {
  const loaded = useLoad(() => admin<{ inForce: InForce; version: number | null }>('settings'))
  const [f, setF] = useState<Form | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const save = useSave()
  useEffect(() => {
    if (loaded.data) setF(formOf(loaded.data.inForce))
  }, [loaded.data])

  const submit = async () => {
    if (!f) return
    const words = [
      ...new Set(
        f.words
          .split(/\n+/)
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ]
    const settings = {
      officeHours: { start: f.start.trim(), end: f.end.trim() },
      autoConfirmDays: num(f.autoConfirmDays),
      whistleReportHours: num(f.whistleReportHours),
      redispatchHours: num(f.redispatchHours),
      reportsPerHour: num(f.reportsPerHour),
      orderPrefix: f.orderPrefix.trim().toUpperCase(),
      escalationGraceHours: [num(f.g1), num(f.g2), num(f.g3)],
      blockedWords: words,
    }
    const out = check(SaveSettingsInput, { settings, expectedVersion: loaded.data?.version ?? undefined })
    const e = under(out.errors, 'settings')
    if (settings.officeHours.start >= settings.officeHours.end) e['officeHours.end'] ??= '下班时间须晚于上班时间'
    setErrors(e)
    if (!out.ok || Object.keys(e).length) return save.fail(firstError(e) ?? '请先改正标红的内容')
    const saved = await save.run(() => admin('saveSettings', out.data))
    if (saved) await loaded.reload()
  }

  const field = (key: keyof Form, label: string, err: string | undefined, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      value={f?.[key] ?? ''}
      onChange={(v) => setF((x) => (x ? { ...x, [key]: v } : x))}
      error={err}
      inputClass={`settings-${key}`}
      {...extra}
    />
  )
  const wordErr = Object.entries(errors).find(([k]) => k.startsWith('blockedWords'))?.[1]
  return (
    <PageShell className="adm-page settings-page">
      <View className="adm-wrap">
        {loaded.loading && !loaded.data ? <Loading /> : null}
        {loaded.error ? <ErrorBox error={loaded.error} onRetry={loaded.reload} /> : null}
        {f ? (
          <View className="adm-editor settings-form">
            <Text className="adm-editor-title">本街道的设置</Text>
            <View className="adm-form">
              {field('start', '上班时间（如 08:30）', errors['officeHours.start'] ?? errors.officeHours)}
              {field('end', '下班时间（如 17:30）', errors['officeHours.end'])}
              {field('reportsPerHour', '每位居民每小时最多报事', errors.reportsPerHour, { type: 'number' })}
              {field('autoConfirmDays', '办结后几天未评价自动结案', errors.autoConfirmDays, { type: 'number' })}
              {field('orderPrefix', '工单编号前缀（1–4个大写字母）', errors.orderPrefix, {
                hint: '如 HB → HB-20261201-0007',
              })}
              {field('whistleReportHours', '吹哨后部门报到时限（小时）', errors.whistleReportHours, { type: 'digit' })}
              {field('redispatchHours', '退回工单重新派单时限（工作小时）', errors.redispatchHours, { type: 'digit' })}
              {field('g1', '催办：经办人超时后几小时升到主管', errors['escalationGraceHours.0'], { type: 'digit' })}
              {field('g2', '催办：主管再过几小时升到社区', errors['escalationGraceHours.1'], { type: 'digit' })}
              {field('g3', '催办：社区再过几小时升到街道', errors['escalationGraceHours.2'], { type: 'digit' })}
              {field('words', '屏蔽词（每行一个，最多500个，每个最多20字）', wordErr, {
                multiline: true,
                hint: '居民和工作人员写的文字含这些词时不能提交；平台自带的内容安全检查照常进行。',
              })}
              <SaveProblem state={save} onReload={() => void loaded.reload()} />
              <View className="adm-actions">
                <Btn className="settings-save" loading={save.busy} onClick={() => void submit()}>
                  保存设置
                </Btn>
              </View>
            </View>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
