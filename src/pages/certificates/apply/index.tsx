/**
 * 申请证明 in at most three steps: 1 用途 (and 开具/承诺 when the type offers both), 2 材料和信息,
 * 3 确认 (the 告知承诺书 to sign on the pledge path). A valid certificate of the same type and purpose
 * is offered first.
 */
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { useMemo, useRef, useState } from 'react'
import type { ApplyOutput, TypeView } from '../../../../types/certificate'
import { timeLimitText } from '../../../../types/certificate-labels'
import { call, toApiError } from '../../../api'
import {
  Btn,
  CertificateFields,
  type CertificateMode,
  certificateApplyInput,
  certificateFieldsProblem,
  EMPTY_CERTIFICATE_FIELDS,
  ErrorBox,
  Loading,
  PageShell,
  PurposeAndMode,
} from '../../../components'
import { CERT_ROUTES, dayText } from '../../../lib/certificates'
import { go, withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

export default function ApplyPage() {
  const { params } = useRouter()
  const code = params.code ?? ''
  const list = useLoad(() => call<{ items: TypeView[] }>('certificate', 'types', {}))
  const type = useMemo(() => list.data?.items.find((t) => t.code === code) ?? null, [list.data, code])
  const [step, setStep] = useState(1)
  const [purpose, setPurpose] = useState('')
  const [mode, setMode] = useState<CertificateMode | null>(null)
  const [fields, setFields] = useState(EMPTY_CERTIFICATE_FIELDS)
  const [pledged, setPledged] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const requestId = useRef(nanoid())

  if (list.loading && !list.data) return <Loading />
  if (list.error) return <ErrorBox error={list.error} onRetry={list.reload} />
  if (!type) {
    return (
      <PageShell>
        <ErrorBox
          error={{ code: 'NOT_FOUND', message: '没有这项证明，或暂不受理' }}
          onRetry={() => go(CERT_ROUTES.types)}
        />
      </PageShell>
    )
  }

  const chosenMode: CertificateMode = mode ?? (type.mode === 'pledge' ? 'pledge' : 'issue')
  const issuing = chosenMode === 'issue'

  const check1 = () => (purpose ? null : '请选择办理用途')
  const check2 = () => certificateFieldsProblem(type, issuing, fields)
  const next = () => {
    const problem = step === 1 ? check1() : check2()
    setError(problem)
    if (!problem) setStep(step + 1)
  }

  const submit = async (ignoreExisting = false) => {
    if (!issuing && !pledged) {
      setError('请先阅读告知承诺书并勾选“我承诺”')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const out = await call<ApplyOutput>(
        'certificate',
        'apply',
        certificateApplyInput({
          requestId: requestId.current,
          type,
          purpose,
          mode: chosenMode,
          fields,
          ignoreExisting,
        }),
      )
      if (out.existing) {
        const existing = out.existing
        const res = await Taro.showModal({
          title: '您已有有效证明',
          content: `同一用途的${type.name}（${existing.serialNo}）${existing.validUntil ? `有效期至${dayText(existing.validUntil)}` : '长期有效'}，可直接出示。`,
          confirmText: '查看证明',
          cancelText: '仍要申请',
        })
        if (res.confirm) go(withQuery(CERT_ROUTES.detail, { id: existing.requestId }))
        else {
          requestId.current = nanoid()
          await submit(true)
        }
        return
      }
      Taro.showToast({ title: issuing ? '已提交' : '已签署承诺', icon: 'success' })
      Taro.redirectTo({ url: withQuery(CERT_ROUTES.detail, { id: out.id }) })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className="cert-apply">
      <View className="card">
        <Text className="h1" style={{ margin: 0 }}>
          {type.name}
        </Text>
        <Text className="block muted small">
          第{step}步，共3步 · {issuing ? timeLimitText(type.timeLimit) : '告知承诺，即时办结'}
        </Text>
      </View>

      {step === 1 ? (
        <View className="card">
          <PurposeAndMode
            type={type}
            purpose={purpose}
            mode={chosenMode}
            onPurpose={setPurpose}
            onMode={setMode}
            purposeClass="cert-purpose"
          />
        </View>
      ) : null}

      {step === 2 ? (
        <CertificateFields
          type={type}
          issuing={issuing}
          values={fields}
          onChange={(patch) => setFields((f) => ({ ...f, ...patch }))}
        />
      ) : null}

      {step === 3 ? (
        <View className="card">
          <Text className="field-label">请确认</Text>
          <View className="kv">
            <Text className="kv-key">证明</Text>
            <Text className="kv-value">{type.name}</Text>
          </View>
          <View className="kv">
            <Text className="kv-key">用途</Text>
            <Text className="kv-value">{purpose}</Text>
          </View>
          {issuing ? (
            <View className="kv">
              <Text className="kv-key">材料</Text>
              <Text className="kv-value">{fields.materials.length} 张照片</Text>
            </View>
          ) : (
            <View className="alert-blue cert-pledge-text">
              <Text className="block" style={{ fontWeight: 'bold' }}>
                告知承诺书
              </Text>
              <Text className="block">{type.pledgeText}</Text>
              <Text
                className={`chip cert-pledge-check${pledged ? ' chip-on' : ''}`}
                onClick={() => setPledged(!pledged)}
              >
                {pledged ? '☑' : '☐'} 我已阅读，我承诺
              </Text>
            </View>
          )}
        </View>
      ) : null}

      {error ? <View className="alert-red">{error}</View> : null}
      <View className="row" style={{ gap: '16px' }}>
        {step > 1 ? (
          <Btn kind="secondary" onClick={() => setStep(step - 1)}>
            上一步
          </Btn>
        ) : null}
        {step < 3 ? (
          <Btn className="grow cert-next" onClick={next}>
            下一步
          </Btn>
        ) : (
          <Btn className="grow cert-submit" loading={busy} onClick={() => void submit()}>
            {issuing ? '提交申请' : '签署并提交'}
          </Btn>
        )}
      </View>
    </PageShell>
  )
}
