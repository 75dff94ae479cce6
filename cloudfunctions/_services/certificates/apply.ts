/**
 * Applying (申请): for oneself as a verified resident, or by a grid worker for a resident of their
 * grid with the resident's consent (代办). Idempotent on requestId. When the resident already holds a
 * valid certificate of the same type and purpose, that one is offered first and nothing is written.
 */
import { randomInt } from 'node:crypto'
import type { ApplyInput } from '../../../types/certificate'
import { REQUEST_GROUP, type RequestStatus } from '../../../types/certificate-labels'
import { chinaDateCompact } from '../../../types/china-time'
import { maskIdNumber } from '../../../types/id-number'
import type { Caller } from '../../../types/identity'
import {
  decide,
  effectiveStatus,
  isSampled,
  pledgeTextVersion,
  type RequestFacts,
  startClock,
} from '../../_core/certificates'
import { AppError, conflict, forbidden, invalidInput } from '../../_platform/kit/errors'
import type { Platform } from '../../_platform/ports'
import { isStoreConflict, type Tx } from '../../_platform/store/port'
import { usersOf } from '../accounts'
import { checkPhotos } from '../content'
import { calendarFor } from '../holiday-settings'
import { type HouseholdDoc, householdsOf, requireVerifiedHousehold } from '../households'
import { certificateSettings, refuseBanned, typeFor } from './catalogue'
import { certificatesOf, type RequestDoc, type RequestFields, requestDocId, requestsOf } from './docs'
import { notifyStaff } from './notify'
import { proxyGridsOf } from './proxy-residents'
import { actorOf } from './requests'

type Input = Omit<ApplyInput, 'materials'> & { materials: string[] }

export interface ApplyResult {
  id: string
  number: string
  status: RequestStatus
  dueBy: string | null
  existing: { requestId: string; serialNo: string; validUntil: string | null } | null
}

const resultOf = (r: RequestDoc): ApplyResult => ({
  id: r._id,
  number: r.number,
  status: r.status,
  dueBy: r.nextDeadline,
  existing: null,
})

/** The resident the request is for: the caller, or (代办) a verified resident of the grid worker's grid. */
async function subjectOf(platform: Platform, caller: Caller, input: Input) {
  if (!input.onBehalfOf) {
    const h = await requireVerifiedHousehold(platform.store, caller)
    return { userId: caller.userId, household: h, proxy: null }
  }
  const grids = proxyGridsOf(caller)
  if (grids.length === 0) throw forbidden('只有网格员可以为居民代办')
  const user = await usersOf(platform.store).get(input.onBehalfOf.userId)
  const h: HouseholdDoc | null =
    user?.householdVerified && user.householdId ? await householdsOf(platform.store).get(user.householdId) : null
  if (h?.status !== 'verified' || h.userId !== input.onBehalfOf.userId) {
    throw invalidInput('该居民尚未核实住址，暂不能代办')
  }
  if (!grids.includes(h.gridId)) throw forbidden('只能为本网格的居民代办')
  return { userId: h.userId, household: h, proxy: input.onBehalfOf.consent }
}

export async function apply(platform: Platform, caller: Caller, input: Input): Promise<ApplyResult> {
  const { store } = platform
  const id = requestDocId(caller.userId, input.requestId)
  const again = await requestsOf(store).get(id)
  if (again) return resultOf(again)

  const subject = await subjectOf(platform, caller, input)
  const h = subject.household
  const type = await typeFor(store, h.streetId, h.communityId, input.typeCode)
  // an old client may still list a type that is now banned
  await refuseBanned(store, type)
  if (!type.purposes.includes(input.purpose)) {
    throw invalidInput(`办理用途请从“${type.purposes.join('、')}”中选择`)
  }
  const mode = input.mode ?? (type.mode === 'pledge' ? 'pledge' : 'issue')
  if (type.mode !== 'both' && type.mode !== mode) {
    throw invalidInput(type.mode === 'pledge' ? '这项证明只能以告知承诺方式办理' : '这项证明不适用告知承诺')
  }
  if (mode === 'pledge') {
    if (!input.pledge) throw invalidInput('请先阅读告知承诺书并勾选同意')
    if (input.pledge.textVersion !== pledgeTextVersion(type.pledgeText ?? '')) {
      throw conflict('告知承诺书内容已更新，请重新阅读后再签署')
    }
  } else {
    const missing = type.materials.filter((m) => m.required)
    if (missing.length > 0 && input.materials.length === 0) {
      throw invalidInput(`请上传材料照片：${missing.map((m) => m.name).join('、')}`)
    }
  }
  const needsId = type.fields.includes('idNumber') && mode === 'issue'
  if (needsId && !input.idNumber) throw invalidInput('请填写持证人的18位身份证号码')
  if (type.fields.includes('residentSince') && mode === 'issue' && !input.residentSince) {
    throw invalidInput('请填写入住时间（年-月）')
  }
  if (type.fields.includes('hardship') && !input.hardship) throw invalidInput('请简要写明困难情况')
  if (input.idNumber && !platform.cipher)
    throw new AppError('FORBIDDEN', '本环境未配置数据密钥，暂不能受理含身份证号的证明')

  // reuse: a valid certificate of the same type and purpose is offered first
  const now = platform.clock.now()
  if (mode === 'issue' && !input.ignoreExisting) {
    const held = await certificatesOf(store).find({
      where: { holderId: subject.userId, typeCode: type.code, purpose: input.purpose, status: 'valid' },
      limit: 10,
    })
    const live = held.items.find((c) => effectiveStatus(c, now) === 'valid')
    if (live) {
      return {
        id: live.requestId,
        number: '',
        status: 'issued',
        dueBy: null,
        existing: { requestId: live.requestId, serialNo: live.serialNo, validUntil: live.validUntil },
      }
    }
  }
  const open = await requestsOf(store).find({
    where: { applicantId: subject.userId, typeCode: type.code, statusGroup: { in: ['open', 'waiting'] } },
    limit: 20,
  })
  const dup = open.items.find((r) => r.purpose === input.purpose)
  if (dup) {
    throw conflict(
      subject.proxy
        ? `${h.name}已有一条同类申请正在办理（${dup.number}），无需重复代办`
        : `您已有一条同类申请正在办理（${dup.number}），请在“我的证明”中查看`,
    )
  }

  await checkPhotos(platform, caller, input.materials)
  const settings = await certificateSettings(store, h.streetId)
  const at = now.toISOString()
  const facts: RequestFacts = {
    applicantId: subject.userId,
    proxyId: subject.proxy ? caller.userId : null,
    communityId: h.communityId,
    streetId: h.streetId,
    roomKey: h.roomKey,
    reviewerRole: type.reviewerRole,
    countersign: type.countersign,
    status: 'submitted',
    noticeRounds: 0,
  }
  const plan = decide(actorOf(caller), { ...facts, status: null }, [mode === 'pledge' ? 'pledge' : 'apply'])
  if (!plan.ok) throw new AppError(plan.code, plan.message)
  const sampled = mode === 'pledge' && isSampled(randomInt(1_000_000) / 1_000_000, settings.pledgeSampleRate)
  const steps = sampled
    ? [...plan.steps, { action: 'sample' as const, from: 'pledged' as const, to: 'sampled' as const }]
    : plan.steps
  const status = steps[steps.length - 1].to
  const clock = mode === 'issue' ? startClock(now, type.timeLimit, await calendarFor(store, h)) : null
  const idNumber = input.idNumber ?? null

  const doc: RequestFields = {
    _id: id,
    number: '',
    requestKey: `${caller.userId}:${input.requestId}`,
    typeId: type._id,
    typeCode: type.code,
    typeName: type.name,
    typeSnapshot: {
      mode: type.mode,
      timeLimit: type.timeLimit,
      validityDays: type.validityDays,
      countersign: type.countersign,
      reviewerRole: type.reviewerRole,
    },
    applicantId: subject.userId,
    applicantName: h.name,
    proxyId: facts.proxyId,
    proxy: subject.proxy
      ? { name: caller.name, consent: { method: subject.proxy.method, note: subject.proxy.note ?? null, at } }
      : null,
    householdId: h._id,
    roomKey: h.roomKey,
    streetId: h.streetId,
    communityId: h.communityId,
    gridId: h.gridId,
    addressLabel: h.label,
    subject: {
      idSealed: idNumber && platform.cipher ? platform.cipher.encrypt(idNumber) : null,
      idFingerprint: idNumber && platform.cipher ? platform.cipher.fingerprint(idNumber) : null,
      idMasked: idNumber ? maskIdNumber(idNumber) : null,
    },
    residentSince: input.residentSince ?? null,
    hardship: input.hardship ?? null,
    purpose: input.purpose,
    mode,
    materials: input.materials,
    note: input.note ?? null,
    status,
    statusGroup: REQUEST_GROUP[status],
    clock,
    nextDeadline: clock?.dueBy ?? null,
    escalationLevel: 0,
    notices: [],
    refusal: null,
    notAcceptedReason: null,
    pledge: mode === 'pledge' ? { textVersion: input.pledge!.textVersion, signedAt: at } : null,
    check: null,
    acceptedBy: null,
    approvedBy: null,
    certificateId: null,
    events: steps.map((s) => ({
      at,
      action: s.action,
      from: s.action === 'sample' ? s.from : null,
      to: s.to,
      byId: s.action === 'sample' ? 'system' : caller.userId,
      byName: s.action === 'sample' ? '系统' : caller.name,
      note:
        s.action === 'sample'
          ? '按比例随机抽中，社区将事后核查'
          : subject.proxy
            ? `网格员${caller.name}代办，已征得本人同意`
            : null,
      items: null,
    })),
    createdAt: at,
    updatedAt: at,
  }
  let saved: RequestDoc
  try {
    saved = await store.transaction(async (tx) => {
      const number = await nextRequestNumber(tx, h.streetId, now)
      return tx.collection<RequestDoc>('certificate_requests').insert({ ...doc, number } as never)
    })
  } catch (error) {
    // the same request twice at once: the first one's is the answer
    if (isStoreConflict(error)) {
      const first = await requestsOf(store).get(id)
      if (first) return resultOf(first)
    }
    throw error
  }
  if (status === 'submitted') {
    await notifyStaff(
      platform,
      saved,
      'certificate.submitted',
      `新的证明申请：${saved.typeName}`,
      `${saved.number}，请在时限内受理`,
    )
  } else if (status === 'sampled') {
    await notifyStaff(
      platform,
      saved,
      'certificate.sampled',
      `告知承诺抽查：${saved.typeName}`,
      `${saved.number}，请核查`,
    )
  }
  return resultOf(saved)
}

/** 'ZM-20261201-0003': per street, per China day, taken inside the transaction that writes the request. */
async function nextRequestNumber(tx: Tx, streetId: string, at: Date): Promise<string> {
  const day = chinaDateCompact(at)
  const seq = await tx.collection('counters').increment(`cr-${streetId}-${day}`, 'seq', 1, { upsert: true })
  return `ZM-${day}-${String(seq ?? 1).padStart(4, '0')}`
}
