/**
 * 证明详情: where the request stands (承诺N个工作日，预计X日前办结), what is missing (one notice) with
 * the supplement right there, the timeline, and once issued the certificate: its QR, a 用证码 and the PDF.
 */
import { Image, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { RequestView } from '../../../../types/certificate'
import { formatTime } from '../../../../types/china-time'
import { call, toApiError } from '../../../api'
import { Btn, ErrorBox, Loading, PageShell, PhotoGrid, PhotoPicker } from '../../../components'
import { absoluteUrl, CERT_ROUTES, dayText, dueLine, qrDataUrl, verifyUrl } from '../../../lib/certificates'
import { IS_H5 } from '../../../lib/env'
import { go } from '../../../lib/routes'
import { useLoad } from '../../../lib/use-load'

const WITHDRAWABLE = ['submitted', 'accepted', 'reviewing', 'need_supplement', 'resubmitted']

export default function CertificateDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const detail = useLoad(() => call<RequestView>('certificate', 'detail', { id }), [id], { skip: !id })
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [share, setShare] = useState<{ code: string; expiresAt: string } | null>(null)

  usePullDownRefresh(() => {
    void detail.reload().finally(() => Taro.stopPullDownRefresh())
  })

  const run = async (name: string, work: () => Promise<unknown>) => {
    setBusy(name)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(toApiError(e).message)
    } finally {
      setBusy(null)
    }
  }

  const r = detail.data
  if (!id)
    return <ErrorBox error={{ code: 'NOT_FOUND', message: '没有找到这条申请' }} onRetry={() => go(CERT_ROUTES.mine)} />

  const supplement = () =>
    run('supplement', async () => {
      if (uploading) throw new Error('照片还在上传，请稍候')
      if (!photos.length) throw new Error('请先拍照上传需补充的材料')
      await call('certificate', 'supplement', { id, materials: photos })
      Taro.showToast({ title: '已补充', icon: 'success' })
      await detail.reload()
    })
  const withdraw = () =>
    run('withdraw', async () => {
      const res = await Taro.showModal({ title: '撤回申请', content: '确定撤回这条申请吗？' })
      if (!res.confirm) return
      await call('certificate', 'withdraw', { id })
      await detail.reload()
    })
  const shareCode = () => run('share', async () => setShare(await call('certificate', 'shareCode', { id })))
  const pdf = () =>
    run('pdf', async () => {
      const { url } = await call<{ url: string }>('certificate', 'file', { id })
      if (IS_H5) window.open(absoluteUrl(url), '_blank')
      else {
        const file = await Taro.downloadFile({ url: absoluteUrl(url) })
        await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf' })
      }
    })

  return (
    <PageShell className="cert-detail">
      {detail.loading && !r ? <Loading /> : null}
      {detail.error ? <ErrorBox error={detail.error} onRetry={detail.reload} /> : null}
      {r ? (
        <View>
          <View className="card">
            <View className="row between">
              <Text className="h1" style={{ margin: 0 }}>
                {r.typeName}
              </Text>
              <Text className="status-tag status-open cert-status">{r.statusLabel}</Text>
            </View>
            <Text className="block muted small">
              {r.number} · 用途：{r.purpose}
              {r.proxyName ? ` · 网格员${r.proxyName}代办` : ''}
            </Text>
            {r.mode === 'issue' && !['issued', 'refused', 'withdrawn', 'not_accepted'].includes(r.status) ? (
              <View className="alert-blue cert-due">{dueLine(r.timeLimitText, r.dueBy, r.clockPaused)}</View>
            ) : null}
            <View className="kv">
              <Text className="kv-key">住址</Text>
              <Text className="kv-value">{r.addressLabel}</Text>
            </View>
            {r.idMasked ? (
              <View className="kv">
                <Text className="kv-key">身份证</Text>
                <Text className="kv-value">{r.idMasked}</Text>
              </View>
            ) : null}
            <PhotoGrid urls={r.materials.map((m) => m.url)} />
          </View>

          {r.missing.length ? (
            <View className="card cert-missing">
              <Text className="field-label">社区一次性告知：请补充以下材料</Text>
              {r.missing.map((m) => (
                <Text key={m} className="block cert-missing-item">
                  · {m}
                </Text>
              ))}
              <PhotoPicker onChange={setPhotos} onBusyChange={setUploading} />
              <Btn block className="cert-supplement" loading={busy === 'supplement'} onClick={() => void supplement()}>
                提交补充材料
              </Btn>
            </View>
          ) : null}

          {r.refusal ? (
            <View className="card alert-red">
              <Text className="block">不予出证：{r.refusal.reason}</Text>
              <Text className="block small">{r.refusal.remedy}</Text>
            </View>
          ) : null}

          {r.pledge ? (
            <View className="card cert-pledge-receipt">
              <Text className="field-label">告知承诺回执</Text>
              <Text className="block small">
                您已于 {formatTime(r.pledge.signedAt)} 签署告知承诺（{r.pledge.textVersion}），无需再开具证明。
              </Text>
            </View>
          ) : null}

          {r.certificate ? (
            <View className="card cert-issued">
              <Text className="field-label">电子证明 · {r.certificate.statusLabel}</Text>
              <Text className="block cert-wording">{r.certificate.wording}</Text>
              <Text className="block small muted">
                编号 {r.certificate.serialNo} · {r.certificate.issuerName}
                {r.certificate.validUntil ? ` · 有效期至${dayText(r.certificate.validUntil)}` : ' · 长期有效'}
              </Text>
              {r.certificate.status === 'valid' ? (
                <View className="cert-qr-box">
                  <Image
                    className="cert-qr"
                    src={qrDataUrl(verifyUrl(r.certificate.verifyToken))}
                    style={{ width: '200px', height: '200px' }}
                  />
                  <Text className="block small muted">请核验方扫码查验 · 核验码 {r.certificate.verifyToken}</Text>
                </View>
              ) : (
                <Text className="block alert-red">
                  {r.certificate.revokedReason ? `已撤销：${r.certificate.revokedReason}` : '该证明已失效'}
                </Text>
              )}
              {r.certificate.status === 'valid' ? (
                <View className="row" style={{ gap: '16px' }}>
                  <Btn
                    kind="secondary"
                    className="cert-share"
                    loading={busy === 'share'}
                    onClick={() => void shareCode()}
                  >
                    用证码
                  </Btn>
                  <Btn kind="secondary" className="cert-pdf" loading={busy === 'pdf'} onClick={() => void pdf()}>
                    下载PDF
                  </Btn>
                </View>
              ) : null}
              {share ? (
                <Text className="block cert-share-code">
                  用证码 {share.code}（10分钟内有效）：核验方输入后可查看完整内容
                </Text>
              ) : null}
            </View>
          ) : null}

          <View className="card">
            <Text className="field-label">办理记录</Text>
            <View className="timeline">
              {r.timeline.map((e, i) => (
                <View
                  key={`${e.at}-${e.action}-${e.to}`}
                  className={`timeline-entry${i === r.timeline.length - 1 ? ' timeline-last' : ''}`}
                >
                  <View className="timeline-dot" />
                  <View className="timeline-body">
                    <View className="timeline-head">
                      <Text className="timeline-action">{e.label}</Text>
                      <Text className="timeline-time">{formatTime(e.at)}</Text>
                    </View>
                    <Text className="timeline-actor">{e.byName}</Text>
                    {e.items ? <Text className="timeline-note">需补充：{e.items.join('、')}</Text> : null}
                    {e.note ? <Text className="timeline-note">{e.note}</Text> : null}
                  </View>
                </View>
              ))}
            </View>
          </View>

          {error ? <View className="alert-red">{error}</View> : null}
          {WITHDRAWABLE.includes(r.status) ? (
            <Btn kind="danger" block loading={busy === 'withdraw'} onClick={() => void withdraw()}>
              撤回申请
            </Btn>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  )
}
