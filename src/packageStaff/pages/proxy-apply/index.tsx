/**
 * 代办证明: a grid worker applies for a resident of their own grid (often an elderly one), in five
 * steps: 1 居民, 2 证明和用途, 3 本人同意 (how, and the grid worker's statement), 4 材料和信息,
 * 5 确认. The request is the resident's (`certificate.apply` with `onBehalfOf`); afterwards the
 * grid worker sees it, as the resident does in 我的证明.
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { nanoid } from 'nanoid/non-secure'
import { useRef, useState } from 'react'
import type { ApplyOutput, TypeView } from '../../../../types/certificate'
import type { ProxyResidentsOutput } from '../../../../types/certificate-proxy'
import { call, toApiError } from '../../../api'
import {
  AddressText,
  Btn,
  CertificateFields,
  type CertificateMode,
  certificateApplyInput,
  certificateFieldsProblem,
  EMPTY_CERTIFICATE_FIELDS,
  ErrorBox,
  Loading,
  PageShell,
} from '../../../components'
import { CERT_ROUTES, dayText } from '../../../lib/certificates'
import { withQuery } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'
import { ConfirmCard } from './parts/ConfirmCard'
import { ConsentCard, consentProblem, NO_CONSENT } from './parts/ConsentCard'
import { type PickedResident, ResidentPicker } from './parts/ResidentPicker'
import { TypeChoice } from './parts/TypeChoice'
import './index.scss'

const STEPS = ['选择居民', '证明和用途', '本人同意', '材料和信息', '确认提交']

export default function ProxyApplyPage() {
  const data = useLoad(() => call<ProxyResidentsOutput>('certificate', 'proxyResidents', {}))
  const [step, setStep] = useState(1)
  const [resident, setResident] = useState<PickedResident | null>(null)
  const [type, setType] = useState<TypeView | null>(null)
  const [purpose, setPurpose] = useState('')
  const [mode, setMode] = useState<CertificateMode>('issue')
  const [consent, setConsent] = useState(NO_CONSENT)
  const [fields, setFields] = useState(EMPTY_CERTIFICATE_FIELDS)
  const [pledged, setPledged] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const requestId = useRef(nanoid())

  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorBox error={data.error} onRetry={data.reload} />
  const grids = data.data?.grids ?? []
  const types = grids.find((g) => g.gridId === resident?.gridId)?.types ?? []
  const issuing = mode === 'issue'
  const name = resident?.name ?? ''

  const problemAt = (s: number): string | null => {
    if (s === 2) return !type ? '请选择要办理的证明' : purpose ? null : '请选择办理用途'
    if (s === 3) return consentProblem(consent)
    if (s === 4 && type) return certificateFieldsProblem(type, issuing, fields)
    return null
  }
  /** a change on the page answers the last complaint */
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      setError(null)
      set(v)
    }
  const goTo = (s: number) => {
    setError(null)
    setStep(s)
  }
  const next = () => {
    const problem = problemAt(step)
    setError(problem)
    if (!problem) setStep(step + 1)
  }
  const pick = (r: PickedResident) => {
    if (r.userId !== resident?.userId) {
      setConsent(NO_CONSENT)
      setPledged(false)
    }
    setResident(r)
    goTo(2)
  }
  const chooseType = (t: TypeView) => {
    setType(t)
    setPurpose('')
    setMode(t.mode === 'pledge' ? 'pledge' : 'issue')
  }

  const submit = async (ignoreExisting = false): Promise<void> => {
    if (!resident || !type || !consent.method) return
    if (!issuing && !pledged) {
      setError(`请向${name}宣读告知承诺书，本人承诺后勾选`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const out = await call<ApplyOutput>('certificate', 'apply', {
        ...certificateApplyInput({ requestId: requestId.current, type, purpose, mode, fields, ignoreExisting }),
        onBehalfOf: {
          userId: resident.userId,
          consent: { method: consent.method, ...(consent.note.trim() ? { note: consent.note.trim() } : {}) },
        },
      })
      if (out.existing) {
        const until = out.existing.validUntil ? `有效期至${dayText(out.existing.validUntil)}` : '长期有效'
        const res = await Taro.showModal({
          title: `${name}已有有效证明`,
          content: `同一用途的${type.name}（${out.existing.serialNo}）${until}，本人可在“我的证明”中直接出示。`,
          confirmText: '仍要申请',
          cancelText: '不再申请',
        })
        if (res.confirm) {
          requestId.current = nanoid()
          await submit(true)
        }
        return
      }
      Taro.showToast({ title: '已代为提交', icon: 'success' })
      Taro.redirectTo({ url: withQuery(CERT_ROUTES.detail, { id: out.id }) })
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(false)
    }
  }

  if (step === 1 || !resident) {
    return (
      <PageShell className="proxy-apply">
        <StepHead step={1} />
        <ResidentPicker grids={grids} onPick={pick} />
      </PageShell>
    )
  }

  return (
    <PageShell className="proxy-apply">
      <StepHead step={step} />
      <View className="card proxy-for">
        <View className="proxy-for-main">
          <Text className="block muted small">为居民代办</Text>
          <Text className="block proxy-for-name">{name}</Text>
          <AddressText className="block small" label={resident.addressLabel} />
        </View>
        <Text className="proxy-change" onClick={() => goTo(1)}>
          换一位
        </Text>
      </View>

      {step === 2 ? (
        <TypeChoice
          types={types}
          type={type}
          purpose={purpose}
          mode={mode}
          onType={edited(chooseType)}
          onPurpose={edited(setPurpose)}
          onMode={edited(setMode)}
        />
      ) : null}
      {step === 3 && type ? (
        <ConsentCard name={name} typeName={type.name} purpose={purpose} value={consent} onChange={edited(setConsent)} />
      ) : null}
      {step === 4 && type ? (
        <CertificateFields
          type={type}
          issuing={issuing}
          values={fields}
          holder={name}
          onChange={(patch) => setFields((f) => ({ ...f, ...patch }))}
        />
      ) : null}
      {step === 5 && type && consent.method ? (
        <ConfirmCard
          name={name}
          type={type}
          purpose={purpose}
          consent={{ ...consent, method: consent.method }}
          materials={issuing ? fields.materials.length : null}
          pledged={pledged}
          onPledged={edited(setPledged)}
        />
      ) : null}

      {error ? <View className="alert-red proxy-error">{error}</View> : null}
      <View className="row" style={{ gap: '16px' }}>
        <Btn kind="secondary" onClick={() => goTo(step - 1)}>
          上一步
        </Btn>
        {step < 5 ? (
          <Btn className="grow proxy-next" disabled={step === 2 && types.length === 0} onClick={next}>
            下一步
          </Btn>
        ) : (
          <Btn className="grow proxy-submit" loading={busy} onClick={() => void submit()}>
            确认代办并提交
          </Btn>
        )}
      </View>
    </PageShell>
  )
}

function StepHead({ step }: { step: number }) {
  return (
    <Text className="block muted proxy-step">
      第{step}步，共{STEPS.length}步 · {STEPS[step - 1]}
    </Text>
  )
}
