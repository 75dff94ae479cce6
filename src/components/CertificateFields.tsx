/**
 * What a certificate type asks of the applicant (材料照片, 身份证号码, 入住时间, 困难情况): the inputs,
 * the check before going on, and the part of `certificate.apply`'s input they fill. Used by the
 * resident's 申请证明 and the grid worker's 代办证明.
 */
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { TypeView } from '../../types/certificate'
import { PhotoPicker } from './PhotoPicker'

export interface CertificateFieldValues {
  materials: string[]
  uploading: boolean
  idNumber: string
  residentSince: string
  hardship: string
}

export const EMPTY_CERTIFICATE_FIELDS: CertificateFieldValues = {
  materials: [],
  uploading: false,
  idNumber: '',
  residentSince: '',
  hardship: '',
}

const needs = (type: TypeView, f: TypeView['fields'][number]) => type.fields.includes(f)

/** What is still missing, in words the applicant can act on; null when all is there. */
export function certificateFieldsProblem(type: TypeView, issuing: boolean, v: CertificateFieldValues): string | null {
  const required = type.materials.filter((m) => m.required)
  if (issuing && required.length && v.materials.length === 0)
    return `请拍照上传：${required.map((m) => m.name).join('、')}`
  if (v.uploading) return '照片还在上传，请稍候'
  if (issuing && needs(type, 'idNumber') && !/^\d{17}[\dXx]$/.test(v.idNumber.trim())) return '请填写18位身份证号码'
  if (issuing && needs(type, 'residentSince') && !/^\d{4}-(0[1-9]|1[0-2])$/.test(v.residentSince.trim()))
    return '请填写入住时间，如 2019-05'
  if (needs(type, 'hardship') && v.hardship.trim().length < 2) return '请简要写明困难情况'
  return null
}

/** The fields of `certificate.apply` these values fill. */
export function certificateFieldsInput(type: TypeView, issuing: boolean, v: CertificateFieldValues) {
  return {
    materials: issuing ? v.materials : [],
    ...(issuing && needs(type, 'idNumber') ? { idNumber: v.idNumber.trim().toUpperCase() } : {}),
    ...(issuing && needs(type, 'residentSince') ? { residentSince: v.residentSince.trim() } : {}),
    ...(needs(type, 'hardship') ? { hardship: v.hardship.trim() } : {}),
  }
}

/** The `certificate.apply` input both apply pages send (the 代办 page adds `onBehalfOf`). */
export function certificateApplyInput(a: {
  requestId: string
  type: TypeView
  purpose: string
  mode: 'issue' | 'pledge'
  fields: CertificateFieldValues
  ignoreExisting: boolean
}) {
  const issuing = a.mode === 'issue'
  return {
    requestId: a.requestId,
    typeCode: a.type.code,
    purpose: a.purpose,
    mode: a.mode,
    ...certificateFieldsInput(a.type, issuing, a.fields),
    ...(!issuing ? { pledge: { accepted: true, textVersion: a.type.pledgeTextVersion } } : {}),
    ...(a.ignoreExisting ? { ignoreExisting: true } : {}),
  }
}

interface Props {
  type: TypeView
  issuing: boolean
  values: CertificateFieldValues
  onChange: (patch: Partial<CertificateFieldValues>) => void
  /** '持证人' words for the labels: '' for oneself, or the resident's name when applying for them */
  holder?: string
}

export function CertificateFields({ type, issuing, values, onChange, holder = '' }: Props) {
  return (
    <View className="card">
      {issuing && type.materials.length ? (
        <View className="field">
          <Text className="field-label">拍照上传{holder ? `${holder}的` : ''}材料</Text>
          {type.materials.map((m) => (
            <Text key={m.name} className="block small">
              · {m.name}
              {m.required ? '' : '（可选）'}
              {m.hint ? `：${m.hint}` : ''}
            </Text>
          ))}
          <PhotoPicker
            onChange={(materials) => onChange({ materials })}
            onBusyChange={(uploading) => onChange({ uploading })}
          />
        </View>
      ) : null}
      {issuing && needs(type, 'idNumber') ? (
        <View className="field">
          <Text className="field-label">{holder ? `${holder}的` : ''}身份证号码（加密保存，证明上只显示部分号码）</Text>
          <Input
            className="input cert-id-number"
            type="idcard"
            maxlength={18}
            value={values.idNumber}
            placeholder="18位身份证号码"
            onInput={(e) => onChange({ idNumber: e.detail.value })}
          />
        </View>
      ) : null}
      {issuing && needs(type, 'residentSince') ? (
        <View className="field">
          <Text className="field-label">入住时间（年-月）</Text>
          <Input
            className="input cert-since"
            maxlength={7}
            value={values.residentSince}
            placeholder="如 2019-05"
            onInput={(e) => onChange({ residentSince: e.detail.value })}
          />
        </View>
      ) : null}
      {needs(type, 'hardship') ? (
        <View className="field">
          <Text className="field-label">困难情况</Text>
          <Textarea
            className="textarea cert-hardship"
            maxlength={300}
            value={values.hardship}
            placeholder="如：家中老人长期患病，收入微薄"
            onInput={(e) => onChange({ hardship: e.detail.value })}
          />
        </View>
      ) : null}
      {!issuing && !needs(type, 'hardship') ? (
        <Text className="block">告知承诺无需上传材料，下一步阅读并签署承诺书。</Text>
      ) : null}
    </View>
  )
}
