/**
 * 红黑榜评分设置 (street admin): the four weights of the quarterly score, with a running total that
 * must reach 100, and the minimum sample, the satisfaction prior, the homes per unit and the publicity
 * and rectification periods, each explained. Checked with the server's schema as the admin types;
 * saved at the version seen; the next 计算草稿 scores with them (a final board never changes).
 */
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import {
  type BoardSettingsOutput,
  SETTING_KEYS,
  SETTING_TEXT,
  WEIGHT_KEYS,
  WEIGHT_TEXT,
} from '../../../../types/board-settings'
import { call } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell } from '../../../components'
import { useLoad } from '../../../lib/use-load'
import { TextField } from '../../shared/fields'
import { firstError } from '../../shared/form'
import { SaveProblem, useSave } from '../../shared/save'
import { checkForm, type Form, type FormKey, formOf, sameAs, totalAdvice, weightTotal } from './form'
import '../../shared/admin.scss'
import './index.scss'

export default function BoardSettingsPage() {
  const loaded = useLoad(() => call<BoardSettingsOutput>('board', 'settings', {}))
  const [f, setF] = useState<Form | null>(null)
  const save = useSave()
  useEffect(() => {
    if (loaded.data) setF(formOf(loaded.data.settings))
  }, [loaded.data])

  const data = loaded.data
  const checked = f && data ? checkForm(f, data.version) : null
  const errors = checked?.errors ?? {}
  const total = f ? weightTotal(f) : 0
  const unchanged = !!(f && data && sameAs(f, data.settings))

  const submit = async () => {
    if (!checked) return
    if (!checked.ok) return save.fail(firstError(checked.errors) ?? '请先改正标红的内容')
    const input = checked.data
    if (await save.run(() => call('board', 'saveSettings', input), '设置已保存')) await loaded.reload()
  }
  const set = (key: FormKey) => (v: string) => setF((x) => (x ? { ...x, [key]: v } : x))

  return (
    <PageShell title="红黑榜评分设置" className="adm-page bs-page">
      <View className="adm-wrap">
        {loaded.loading && !data ? <Loading /> : null}
        {loaded.error ? <ErrorBox error={loaded.error} onRetry={loaded.reload} /> : null}
        {f && data ? (
          <>
            <View className="card bs-intro">
              <Text className="block">
                季度得分 =
                四项得分之和（满分100）。保存后，下次“计算草稿”或“重新计算草稿”时按新设置计分；已正式发布的季度不受影响。
              </Text>
              <Text className="block small bs-version">
                {data.version === null
                  ? '本街道尚未保存过设置，现按默认设置计分。'
                  : `当前设置（第 ${data.version} 版）`}
              </Text>
            </View>

            <View className="adm-editor bs-weights">
              <Text className="adm-editor-title">四项权重（分）</Text>
              <View className="adm-form">
                {WEIGHT_KEYS.map((k) => (
                  <TextField
                    key={k}
                    label={`${WEIGHT_TEXT[k].label}（分）`}
                    value={f[k]}
                    onChange={set(k)}
                    type="digit"
                    error={errors[`weights.${k}`]}
                    hint={`${WEIGHT_TEXT[k].explain}。默认 ${data.defaults.weights[k]} 分`}
                    inputClass={`bs-w-${k}`}
                  />
                ))}
                <View className={`adm-wide bs-total ${total === 100 ? 'is-ok' : 'is-bad'}`}>
                  <Text className="bs-total-sum">四项合计 {total} / 100 分</Text>
                  <Text className="bs-total-note">
                    {total === 100
                      ? '合计正好为100'
                      : `${errors.weights ?? '四项权重之和必须为100'}，${totalAdvice(total)}`}
                  </Text>
                </View>
              </View>
            </View>

            <View className="adm-editor bs-others">
              <Text className="adm-editor-title">样本与期限</Text>
              <View className="adm-form">
                {SETTING_KEYS.map((k) => {
                  const t = SETTING_TEXT[k]
                  return (
                    <TextField
                      key={k}
                      label={t.unit ? `${t.label}（${t.unit}）` : t.label}
                      value={f[k]}
                      onChange={set(k)}
                      type={k === 'priorWeight' ? 'digit' : 'number'}
                      error={errors[k]}
                      hint={`${t.explain}。默认 ${data.defaults[k]}${t.unit ? ` ${t.unit}` : ''}`}
                      inputClass={`bs-${k}`}
                    />
                  )
                })}
              </View>
            </View>

            <View className="bs-footer">
              {unchanged ? <Text className="block small bs-unchanged">与当前生效的设置相同</Text> : null}
              <SaveProblem state={save} onReload={() => void loaded.reload()} base={{ board: data.settings }} />
              <View className="adm-actions">
                <Btn kind="secondary" className="bs-defaults" onClick={() => setF(formOf(data.defaults))}>
                  填入默认值
                </Btn>
                <Btn kind="primary" className="bs-save" loading={save.busy} onClick={() => void submit()}>
                  保存设置
                </Btn>
              </View>
            </View>
          </>
        ) : null}
      </View>
    </PageShell>
  )
}
