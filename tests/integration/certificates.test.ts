/**
 * Online certificates through the host: every transition of the table and its guards, the clock
 * that stops for a supplement, the pledge path, the negative list, reuse, verification (tampered
 * tokens and faces), revocation, and what a response must never contain (the full ID number).
 */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { createManualClock } from '../../cloudfunctions/_platform/runtime/clock'
import { clearReferenceCache } from '../../cloudfunctions/_services/reference-cache'
import type { Envelope } from '../../types/envelope'
import { applyResidence, idNumberOf } from '../support/certificates'
import { newRequestId, uploadPng } from '../support/report-helpers'
import { startTestHost, type TestHost } from '../support/test-host'

/** China-local 'YYYY-MM-DDTHH:mm' as an instant */
const cst = (local: string) => new Date(`${local}:00+08:00`)
const clock = createManualClock(cst('2026-12-01T10:00'))

let host: TestHost
const token: Record<string, string> = {}
/** every response body of this file, to assert what none of them contains */
const seen: string[] = []

async function call<T = any>(fn: string, action: string, data: unknown, as?: string) {
  const res = await host.call<T>(fn, action, data, as ? token[as] : undefined)
  seen.push(JSON.stringify(res.body))
  return res
}
async function ok<T = any>(action: string, data: unknown, as?: string): Promise<T> {
  const { status, body } = await call<T>('certificate', action, data, as)
  if (!body.ok) throw new Error(`certificate.${action} → ${status} ${body.error.code}: ${body.error.message}`)
  return body.data
}
const fail = async (action: string, data: unknown, as?: string) => {
  const res = await call('certificate', action, data, as)
  expect(res.body.ok).toBe(false)
  return res as { status: number; body: Extract<Envelope<unknown>, { ok: false }> }
}
const requestDoc = (id: string) => host.platform.store.collection('certificate_requests').get(id)

const STAFF_IN_SAME_ROOM = 'u-ca-same-room'
const ID_A = idNumberOf(7)

beforeAll(async () => {
  host = await startTestHost({ clock })
  for (const p of [
    'resident-a',
    'resident-b',
    'resident-c',
    'community-admin',
    'street-admin',
    'grid-worker',
    'grid-leader',
  ]) {
    token[p] = await host.login(p)
  }
  token['nanhu-admin'] = await host.platform.identity.issueToken!('u-ca-nanhu')
  // a community admin of 北苑 who lives in resident-a's very room
  const a = await host.platform.store.collection('users').get('u-resident-a')
  await host.platform.store.collection('users').insert({
    _id: STAFF_IN_SAME_ROOM,
    kind: 'staff',
    name: '王家人',
    persona: '',
    scopes: [{ role: 'community_admin', orgId: 'cm-beiyuan' }],
    address: a!.address,
    createdAt: new Date().toISOString(),
  })
  token['same-room'] = await host.platform.identity.issueToken!(STAFF_IN_SAME_ROOM)
}, 120_000)
afterAll(async () => host.close())

describe('the catalogue a resident reads', () => {
  test('三项：basis, purposes, materials and the time limit in words', async () => {
    const { items } = await ok('types', {}, 'resident-a')
    expect(items.map((t: { name: string }) => t.name).sort()).toEqual(
      ['困难证明', '居住证明', '租住情况告知承诺'].sort(),
    )
    const jz = items.find((t: { code: string }) => t.code === 'JZZM')
    expect(jz).toMatchObject({
      timeLimitText: '承诺3个工作日',
      validityText: '有效期90天',
      purposes: ['入学', '就业', '办理居住证', '其他'],
      materials: [expect.objectContaining({ name: '户口簿或租房合同', required: true })],
    })
    expect(jz.legalBasis.length).toBeGreaterThan(10)
  })

  test('a grid worker sees their grid community’s catalogue (代办)', async () => {
    const { items } = await ok('types', {}, 'grid-worker')
    expect(items.map((t: { code: string }) => t.code)).toContain('JZZM')
  })
})

describe('the issue path: apply → accept → one notice → supplement → approve → issued → verify → revoke', () => {
  let id: string
  let verifyToken: string

  test('apply with a material photo: submitted, due 12-04 (3 working days), number and timeline', async () => {
    clock.set(cst('2026-12-01T10:00'))
    const out = await applyResidence(host, token['resident-a'], { idNumber: ID_A })
    id = out.id
    expect(out).toMatchObject({ status: 'submitted', existing: null, dueBy: '2026-12-04T15:59:59.999Z' })
    expect(out.number).toMatch(/^ZM-20261201-\d{4}$/)
    const view = await ok('detail', { id }, 'resident-a')
    expect(view).toMatchObject({
      status: 'submitted',
      statusLabel: '已提交',
      timeLimitText: '承诺3个工作日',
      idMasked: `1503**********${ID_A.slice(-4)}`,
      clockPaused: false,
    })
    expect(view.materials).toHaveLength(1)
    expect(view.timeline.map((e: { action: string }) => e.action)).toEqual(['apply'])
  })

  test('the same requestId again is the same request (idempotent)', async () => {
    const before = await host.platform.store.collection('certificate_requests').count({ applicantId: 'u-resident-a' })
    const doc = await requestDoc(id)
    const again = await ok(
      'apply',
      {
        requestId: String(doc!.requestKey).split(':').slice(1).join(':'),
        typeCode: 'JZZM',
        purpose: '入学',
        idNumber: ID_A,
        residentSince: '2019-05',
      },
      'resident-a',
    )
    expect(again.id).toBe(id)
    expect(await host.platform.store.collection('certificate_requests').count({ applicantId: 'u-resident-a' })).toBe(
      before,
    )
  })

  test('a second open request of the same type and purpose is refused', async () => {
    const res = await call(
      'certificate',
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'JZZM',
        purpose: '入学',
        materials: [await uploadPng(host, token['resident-a'])],
        idNumber: ID_A,
        residentSince: '2019-05',
      },
      'resident-a',
    )
    expect(res.status).toBe(409)
  })

  test('the staff inbox lists it with its deadline; other communities and residents see nothing', async () => {
    const inbox = await ok('inbox', { filter: 'todo' }, 'community-admin')
    expect(inbox.items.find((r: { id: string }) => r.id === id)).toMatchObject({
      dueBy: '2026-12-04T15:59:59.999Z',
      overdue: false,
    })
    const nanhu = await ok('inbox', { filter: 'todo' }, 'nanhu-admin')
    expect(nanhu.items.find((r: { id: string }) => r.id === id)).toBeUndefined()
    expect((await fail('inbox', { filter: 'todo' }, 'resident-a')).status).toBe(403)
    expect((await fail('detail', { id }, 'resident-b')).status).toBe(404)
    expect((await fail('detail', { id }, 'nanhu-admin')).status).toBe(404)
  })

  test('guards: another community’s reviewer, the applicant, a reviewer of the same household are refused', async () => {
    expect((await fail('accept', { id }, 'nanhu-admin')).status).toBe(404)
    expect((await fail('accept', { id }, 'resident-a')).status).toBe(403)
    const same = await fail('accept', { id }, 'same-room')
    expect(same.status).toBe(403)
    expect(same.body.error.message).toContain('本户')
    expect((await requestDoc(id))!.status).toBe('submitted')
  })

  test('accept: 已受理; the reviewer view offers the next taps and the type’s materials', async () => {
    clock.set(cst('2026-12-01T15:00'))
    expect(await ok('accept', { id }, 'community-admin')).toMatchObject({ status: 'accepted' })
    const staff = await ok('detail', { id }, 'community-admin')
    expect(staff.actions).toEqual(['request_more', 'approve', 'refuse'])
    expect(staff.typeMaterials.map((m: { name: string }) => m.name)).toEqual(['户口簿或租房合同'])
    expect(staff.materials[0].url).toMatch(/^\/api\/_files\/f_/)
    expect((await fail('accept', { id }, 'community-admin')).status).toBe(409)
  })

  test('one notice lists every missing item and stops the clock', async () => {
    clock.set(cst('2026-12-02T15:00'))
    const out = await ok('requestMore', { id, items: ['租房合同签字页', '房东身份证复印件'] }, 'community-admin')
    expect(out).toMatchObject({ status: 'need_supplement', dueBy: null })
    const view = await ok('detail', { id }, 'resident-a')
    expect(view).toMatchObject({ clockPaused: true, dueBy: null, missing: ['租房合同签字页', '房东身份证复印件'] })
    expect(view.notices).toEqual([expect.objectContaining({ round: 1, reason: null })])
    expect(view.timeline.map((e: { action: string }) => e.action)).toEqual([
      'apply',
      'accept',
      'review',
      'request_more',
    ])
  })

  test('while stopped the sweep does not escalate it', async () => {
    clock.set(cst('2026-12-10T10:00'))
    await host.trigger('workorder', 'sweep')
    expect((await requestDoc(id))!.escalationLevel).toBe(0)
  })

  test('the supplement restarts the clock with the 2 working days that were left', async () => {
    clock.set(cst('2026-12-14T09:00'))
    const photo = await uploadPng(host, token['resident-a'])
    const out = await ok('supplement', { id, materials: [photo], note: '已补签字页' }, 'resident-a')
    expect(out).toMatchObject({ status: 'resubmitted', dueBy: '2026-12-16T15:59:59.999Z' })
    expect((await ok('detail', { id }, 'resident-a')).materials).toHaveLength(2)
  })

  test('a second notice needs a reason and is counted', async () => {
    const missing = await fail('requestMore', { id, items: ['户口簿'] }, 'community-admin')
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toContain('原因')
    expect((await requestDoc(id))!.status).toBe('resubmitted')
    await ok('requestMore', { id, items: ['户口簿'], reason: '补充的合同与户口簿地址不一致' }, 'community-admin')
    const view = await ok('detail', { id }, 'community-admin')
    expect(view.supplementRounds).toBe(2)
    expect(view.notices[1]).toMatchObject({ round: 2, reason: '补充的合同与户口簿地址不一致', items: ['户口簿'] })
    await ok('supplement', { id, materials: [await uploadPng(host, token['resident-a'])] }, 'resident-a')
  })

  test('approve issues a signed certificate in the same write, with a seal ledger row', async () => {
    clock.set(cst('2026-12-15T10:00'))
    const out = await ok('approve', { id }, 'community-admin')
    expect(out).toMatchObject({ status: 'issued', dueBy: null })
    const view = await ok('detail', { id }, 'resident-a')
    expect(view.certificate).toMatchObject({
      status: 'valid',
      statusLabel: '有效',
      issuerName: '海北街道北苑社区居民委员会',
    })
    expect(view.certificate.serialNo).toMatch(/^HBBY-2026-JZZM-\d{6}$/)
    expect(view.certificate.verifyToken).toMatch(/^[A-Z2-7]{12}$/)
    expect(view.certificate.wording).toContain('王秀兰')
    expect(view.certificate.wording).toContain('2019年5月')
    expect(view.certificate.wording).not.toContain(ID_A)
    verifyToken = view.certificate.verifyToken
    const ledger = await host.platform.store.collection('seal_ledger').get(`sl-${view.certificate.serialNo}`)
    expect(ledger).toMatchObject({
      approverName: '周敏',
      clerkName: '周敏',
      applicantName: '王秀兰',
      typeName: '居住证明',
    })
    const cert = await host.platform.store.collection('certificates').get(`ce-${verifyToken}`)
    expect(cert).toMatchObject({ algorithm: 'Ed25519', status: 'valid', validUntil: '2027-03-15T15:59:59.999Z' })
  })

  test('the signing key is published at the well-known URL, and the stored signature verifies offline with it', async () => {
    const res = await fetch(`${host.url}/.well-known/xiaobei/certificate-keys.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const published = (await res.json()) as {
      keys: Array<{ keyId: string; algorithm: string; publicKeyPem: string }>
      digest: string
    }
    expect(published.digest).toBe('SHA-256')
    const cert = (await host.platform.store.collection('certificates').get(`ce-${verifyToken}`)) as unknown as {
      payloadHash: string
      signature: string
      keyId: string
    }
    const key = published.keys.find((k) => k.keyId === cert.keyId)
    expect(key).toMatchObject({ algorithm: 'Ed25519', publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') })
    const { createPublicKey, verify } = await import('node:crypto')
    const pub = createPublicKey(key!.publicKeyPem)
    const digest = Buffer.from(cert.payloadHash, 'hex')
    expect(verify(null, digest, pub, Buffer.from(cert.signature, 'base64'))).toBe(true)
    // a changed hash does not verify: the signature covers exactly this face
    const tampered = Buffer.from(digest)
    tampered[0] ^= 1
    expect(verify(null, tampered, pub, Buffer.from(cert.signature, 'base64'))).toBe(false)
    // no private material is published
    expect(JSON.stringify(published)).not.toMatch(/PRIVATE/)
  })

  test('verify (no sign-in): 有效, the holder masked, every check passed, no face', async () => {
    const v = await ok('verify', { token: verifyToken })
    expect(v).toMatchObject({
      valid: true,
      status: 'valid',
      statusLabel: '有效',
      holderMasked: '王*兰',
      typeName: '居住证明',
      purpose: '入学',
      face: null,
    })
    expect(v.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['hash', true],
      ['signature', true],
      ['issuer', true],
      ['not_revoked', true],
      ['not_expired', true],
    ])
    expect(JSON.stringify(v)).not.toContain('王秀兰')
  })

  test('the full face: with the holder’s full name, or a 10-minute 用证码', async () => {
    expect((await ok('verify', { token: verifyToken, holderName: '王秀芳' })).face).toBeNull()
    expect((await ok('verify', { token: verifyToken, holderName: '王秀兰' })).face).toMatchObject({
      holderName: '王秀兰',
    })
    const { code, expiresAt } = await ok('shareCode', { id }, 'resident-a')
    expect(code).toMatch(/^\d{6}$/)
    expect(Date.parse(expiresAt) - clock.now().getTime()).toBe(10 * 60_000)
    expect((await ok('verify', { token: verifyToken, code })).face).toMatchObject({ holderName: '王秀兰' })
    expect((await ok('verify', { token: verifyToken, code: code === '000000' ? '000001' : '000000' })).face).toBeNull()
    clock.set(new Date(Date.parse(expiresAt) + 1000))
    expect((await ok('verify', { token: verifyToken, code })).face).toBeNull()
    expect((await fail('shareCode', { id }, 'resident-b')).status).toBe(404)
  })

  test('a tampered or made-up token: the same shape, status unknown', async () => {
    const known = await ok('verify', { token: verifyToken })
    const flipped = verifyToken.slice(0, -1) + (verifyToken.endsWith('A') ? 'B' : 'A')
    const unknown = await ok('verify', { token: flipped })
    expect(unknown).toMatchObject({ valid: false, status: 'unknown', holderMasked: null, serialNo: null })
    expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort())
    expect(unknown.checks.map((c: { name: string }) => c.name)).toEqual(
      known.checks.map((c: { name: string }) => c.name),
    )
    expect((await fail('verify', { token: 'not a token!' })).status).toBe(400)
  })

  test('a face changed in the database fails the hash check', async () => {
    const certs = host.platform.store.collection('certificates')
    const cert = await certs.get(`ce-${verifyToken}`)
    const face = cert!.face as Record<string, unknown>
    await certs.patch(cert!._id, { face: { ...face, purpose: '就业' } })
    try {
      const v = await ok('verify', { token: verifyToken })
      expect(v.valid).toBe(false)
      expect(v.checks.find((c: { name: string }) => c.name === 'hash').ok).toBe(false)
      expect(v.checks.find((c: { name: string }) => c.name === 'signature').ok).toBe(true)
    } finally {
      await certs.patch(cert!._id, { face })
    }
    expect((await ok('verify', { token: verifyToken })).valid).toBe(true)
  })

  test('asking again for the same type and purpose offers the certificate already held', async () => {
    const again = await applyResidence(host, token['resident-a'], { idNumber: ID_A })
    expect(again.existing).toMatchObject({ requestId: id, serialNo: expect.stringMatching(/^HBBY-2026-JZZM-/) })
    expect(
      await host.platform.store
        .collection('certificate_requests')
        .count({ applicantId: 'u-resident-a', typeCode: 'JZZM' }),
    ).toBe(1)
  })

  test('the PDF: an A4 file only the holder and the issuing community get', async () => {
    const { fileId, url } = await ok('file', { id }, 'resident-a')
    expect(fileId).toMatch(/^f_/)
    const res = await fetch(`${host.url}${url}`)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(1)
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 })
    expect(pdf.getTitle()).toMatch(/^居住证明 HBBY-2026-JZZM-\d{6}$/)
    // the CJK font is embedded (a subset: far smaller than the 5 MB font file)
    const fonts = pdf.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    expect(new Set(fonts.values().map(String)).size).toBe(1)
    expect(bytes.length).toBeLessThan(200_000)
    expect((await ok('file', { id }, 'community-admin')).fileId).toBe(fileId)
    expect((await fail('file', { id }, 'resident-b')).status).toBe(404)
    expect((await fail('file', { id }, 'nanhu-admin')).status).toBe(404)
  })

  test('verification is limited per client: the 121st in an hour is refused, the next hour is fine', async () => {
    clock.set(cst('2026-12-15T11:00'))
    for (let i = 0; i < 120; i++) expect((await call('certificate', 'verify', { token: verifyToken })).status).toBe(200)
    const limited = await fail('verify', { token: verifyToken })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('RATE_LIMITED')
    // an unknown token costs the same: enumerating is limited too
    expect((await fail('verify', { token: 'AAAAAAAAAAAA' })).status).toBe(429)
    clock.set(cst('2026-12-15T12:00'))
    expect((await ok('verify', { token: verifyToken })).status).toBe('valid')
    // the hour's counter is one the sweep deletes later
    const counters = await host.platform.store
      .collection('counters')
      .find({ where: { _id: { gte: 'rate-verify:', lt: 'rate-verify;' } } })
    expect(counters.items.map((c) => c._id)).toContain('rate-verify:127.0.0.1-2026121511')
  })

  test('re-issue: a new version under the same serial; the old token says 已被新版本替代', async () => {
    const before = await ok('detail', { id }, 'resident-a')
    await ok('reissue', { id, reason: '更正证明文字' }, 'community-admin')
    const after = await ok('detail', { id }, 'resident-a')
    expect(after.certificate.serialNo).toBe(before.certificate.serialNo)
    expect(after.certificate.verifyToken).not.toBe(before.certificate.verifyToken)
    expect(after.certificate.identifier.slice(-3, -1)).toBe('02')
    const old = await ok('verify', { token: before.certificate.verifyToken })
    expect(old).toMatchObject({ valid: false, status: 'superseded', statusLabel: '已被新版本替代' })
    expect((await ok('verify', { token: after.certificate.verifyToken })).valid).toBe(true)
    expect(
      await host.platform.store.collection('seal_ledger').get(`sl-${after.certificate.serialNo}-v2`),
    ).toMatchObject({
      approverName: '周敏',
    })
    verifyToken = after.certificate.verifyToken
  })

  test('revoke: the verify page says 已撤销 and the PDF is no longer handed out', async () => {
    expect((await fail('revoke', { id, reason: '居民已搬离' }, 'nanhu-admin')).status).toBe(404)
    await ok('revoke', { id, reason: '居民已搬离该住址' }, 'community-admin')
    const v = await ok('verify', { token: verifyToken })
    expect(v).toMatchObject({ valid: false, status: 'revoked', statusLabel: '已撤销' })
    expect(v.checks.find((c: { name: string }) => c.name === 'not_revoked').ok).toBe(false)
    expect((await fail('file', { id }, 'resident-a')).status).toBe(409)
    expect((await fail('revoke', { id, reason: '再撤一次' }, 'community-admin')).status).toBe(409)
    expect((await ok('detail', { id }, 'resident-a')).certificate).toMatchObject({
      status: 'revoked',
      revokedReason: '居民已搬离该住址',
    })
  })
})

describe('the other ends', () => {
  test('不予受理 with a reason; withdraw; 不予出证 with the 救济途径', async () => {
    clock.set(cst('2026-12-16T10:00'))
    const a = await applyResidence(host, token['resident-b'], { purpose: '就业', idNumber: idNumberOf(21) })
    expect((await fail('notAccept', { id: a.id, reason: '' }, 'community-admin')).status).toBe(400)
    expect(await ok('notAccept', { id: a.id, reason: '非本社区居民' }, 'community-admin')).toMatchObject({
      status: 'not_accepted',
    })

    const w = await applyResidence(host, token['resident-b'], { purpose: '其他', idNumber: idNumberOf(21) })
    expect((await fail('withdraw', { id: w.id }, 'community-admin')).status).toBe(403)
    expect(await ok('withdraw', { id: w.id }, 'resident-b')).toMatchObject({ status: 'withdrawn' })
    expect((await fail('withdraw', { id: w.id }, 'resident-b')).status).toBe(409)

    const r = await applyResidence(host, token['resident-b'], { purpose: '办理居住证', idNumber: idNumberOf(21) })
    await ok('accept', { id: r.id }, 'community-admin')
    expect(await ok('refuse', { id: r.id, reason: '材料显示不在本址居住' }, 'community-admin')).toMatchObject({
      status: 'refused',
    })
    const view = await ok('detail', { id: r.id }, 'resident-b')
    expect(view.refusal.reason).toBe('材料显示不在本址居住')
    expect(view.refusal.remedy).toMatch(/复核|复议/)
  })

  test('困难证明: the community approves, the street countersigns and issues', async () => {
    const a = await ok(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'KNZM',
        purpose: '助学申请',
        mode: 'issue',
        materials: [await uploadPng(host, token['resident-c'])],
        idNumber: idNumberOf(31),
        hardship: '家中老人长期患病',
      },
      'resident-c',
    )
    expect(a.dueBy).toBe('2026-12-23T15:59:59.999Z') // 5 working days from Wed 12-16
    await ok('accept', { id: a.id }, 'community-admin')
    expect(await ok('approve', { id: a.id }, 'community-admin')).toMatchObject({ status: 'approved' })
    expect((await fail('approve', { id: a.id }, 'community-admin')).status).toBe(403)
    const street = await ok('inbox', { filter: 'todo' }, 'street-admin')
    expect(street.items.map((r: { id: string }) => r.id)).toContain(a.id)
    expect(await ok('approve', { id: a.id }, 'street-admin')).toMatchObject({ status: 'issued' })
    const view = await ok('detail', { id: a.id }, 'resident-c')
    expect(view.timeline.map((e: { action: string }) => e.action)).toEqual([
      'apply',
      'accept',
      'review',
      'approve',
      'countersign',
    ])
    expect(view.certificate.wording).toContain('家中老人长期患病')
  })

  test('代办: a grid worker applies for a resident of their grid with consent; not for another grid', async () => {
    const photo = await uploadPng(host, token['grid-worker'])
    const out = await ok(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'JZZM',
        purpose: '就业',
        materials: [photo],
        idNumber: idNumberOf(41),
        residentSince: '2015-03',
        onBehalfOf: { userId: 'u-resident-a', consent: { method: 'in_person', note: '本人当面同意' } },
      },
      'grid-worker',
    )
    const doc = await requestDoc(out.id)
    expect(doc).toMatchObject({
      applicantId: 'u-resident-a',
      proxyId: 'u-grid-worker',
      proxy: { consent: { method: 'in_person' } },
    })
    expect((await ok('detail', { id: out.id }, 'resident-a')).proxyName).toBe('张伟')
    expect((await ok('mine', {}, 'grid-worker')).items.map((r: { id: string }) => r.id)).toContain(out.id)
    // resident-c lives in 和谐小区, another grid
    const other = await fail(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'JZZM',
        purpose: '就业',
        materials: [photo],
        idNumber: idNumberOf(42),
        residentSince: '2015-03',
        onBehalfOf: { userId: 'u-resident-c', consent: { method: 'phone_call' } },
      },
      'grid-worker',
    )
    expect(other.status).toBe(403)
  })

  test('the pledge path: a pledge receipt; sampled ones are checked; a false pledge flags the resident', async () => {
    const { items } = await ok('types', {}, 'resident-b')
    const zz = items.find((t: { code: string }) => t.code === 'ZZCN')
    const textVersion = zz.pledgeTextVersion
    expect(textVersion).toBe(await pledgeVersionOf(zz.pledgeText))
    const stale = await fail(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'ZZCN',
        purpose: '入学',
        pledge: { accepted: true, textVersion: 'v00000000' },
      },
      'resident-b',
    )
    expect(stale.status).toBe(409)

    await setSampleRate(0)
    const kept = await ok(
      'apply',
      { requestId: newRequestId(), typeCode: 'ZZCN', purpose: '入学', pledge: { accepted: true, textVersion } },
      'resident-b',
    )
    expect(kept).toMatchObject({ status: 'pledged', dueBy: null })

    await setSampleRate(1)
    const sampled = await ok(
      'apply',
      { requestId: newRequestId(), typeCode: 'ZZCN', purpose: '其他', pledge: { accepted: true, textVersion } },
      'resident-b',
    )
    expect(sampled.status).toBe('sampled')
    expect(
      (await ok('inbox', { filter: 'checks' }, 'community-admin')).items.map((r: { id: string }) => r.id),
    ).toContain(sampled.id)
    expect(
      await ok('checkPledge', { id: sampled.id, result: 'false', note: '实地走访，未在此租住' }, 'community-admin'),
    ).toMatchObject({ status: 'false_pledge' })
    const later = await applyResidence(host, token['resident-b'], { purpose: '入学', idNumber: idNumberOf(22) })
    expect((await ok('detail', { id: later.id }, 'community-admin')).falsePledgeFlag).toBe(true)
    // a sampled pledge that checks out; the pledge receipt is the resident's, no certificate
    const honest = await ok(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'KNZM',
        purpose: '医疗救助',
        mode: 'pledge',
        hardship: '家庭成员患重病',
        pledge: {
          accepted: true,
          textVersion: items.find((t: { code: string }) => t.code === 'KNZM').pledgeTextVersion,
        },
      },
      'resident-c',
    )
    expect(honest.status).toBe('sampled')
    expect((await fail('checkPledge', { id: honest.id, result: 'passed' }, 'resident-c')).status).toBe(403)
    expect(await ok('checkPledge', { id: honest.id, result: 'passed' }, 'community-admin')).toMatchObject({
      status: 'check_passed',
    })
    const receipt = await ok('detail', { id: honest.id }, 'resident-c')
    expect(receipt).toMatchObject({ mode: 'pledge', certificate: null, pledge: { signedAt: expect.any(String) } })
    expect(receipt.timeline.map((e: { action: string }) => e.action)).toEqual(['pledge', 'sample', 'check_pass'])
    await setSampleRate(0.2)
  })

  test('a type the street offers only by pledge refuses an issue request; a purpose outside the list is refused', async () => {
    expect(
      (
        await fail(
          'apply',
          { requestId: newRequestId(), typeCode: 'ZZCN', purpose: '入学', mode: 'issue' },
          'resident-c',
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await fail(
          'apply',
          {
            requestId: newRequestId(),
            typeCode: 'JZZM',
            purpose: '出国',
            idNumber: idNumberOf(3),
            residentSince: '2019-01',
          },
          'resident-c',
        )
      ).status,
    ).toBe(400)
    const badId = await fail(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'JZZM',
        purpose: '入学',
        idNumber: '150302198001010010',
        residentSince: '2019-01',
      },
      'resident-c',
    )
    expect(badId.status).toBe(400)
    expect(badId.body.error.message).toContain('身份证')
  })
})

async function pledgeVersionOf(text: string): Promise<string> {
  const { pledgeTextVersion } = await import('../../cloudfunctions/_core/certificates')
  return pledgeTextVersion(text)
}

async function setSampleRate(rate: number) {
  await host.platform.store.collection('settings').patch('certificates:st-haibei', { pledgeSampleRate: rate })
  clearReferenceCache(host.platform.store)
}

describe('the negative list', () => {
  test('saving 无犯罪记录证明 is refused, citing 民发〔2020〕20号; a lawful type saves', async () => {
    const { items } = await ok('listTypes', {}, 'street-admin')
    const base = items.find((t: { type: { code: string } }) => t.type.code === 'JZZM').type
    const banned = await fail('saveType', { type: { ...base, code: 'WFZM', name: '无犯罪记录证明' } }, 'street-admin')
    expect(banned.status).toBe(403)
    expect(banned.body.error.message).toContain('民发〔2020〕20号')
    const inactive = await fail(
      'saveType',
      { type: { ...base, code: 'HYZM', name: '婚姻状况证明', active: false } },
      'street-admin',
    )
    expect(inactive.status).toBe(403)
    expect(await host.platform.store.collection('certificate_types').get('st-haibei:WFZM')).toBeNull()
    const saved = await ok(
      'saveType',
      { type: { ...base, code: 'QTZM', name: '社区服务证明', purposes: ['其他'] } },
      'street-admin',
    )
    expect(saved).toMatchObject({ created: true, type: { code: 'QTZM' } })
    expect((await ok('types', {}, 'resident-a')).items.map((t: { code: string }) => t.code)).toContain('QTZM')
    // a community admin edits only their own community's catalogue
    expect((await fail('saveType', { type: { ...base, code: 'QTZM2' } }, 'community-admin')).status).toBe(403)
    expect(
      (
        await ok(
          'saveType',
          { type: { ...base, jurisdictionId: 'cm-beiyuan', code: 'BYZM', name: '北苑居住证明' } },
          'community-admin',
        )
      ).created,
    ).toBe(true)
  })

  test('edits are versioned and audited: a stale version or a taken code is CONFLICT and writes nothing', async () => {
    const { items } = await ok('listTypes', {}, 'street-admin')
    const row = items.find((t: { type: { code: string } }) => t.type.code === 'KNZM')
    const before = await host.platform.store.collection('certificate_types').get('st-haibei:KNZM')
    expect(row.version).toBe(before!._v)
    const edited = await ok(
      'saveType',
      { type: { ...row.type, purposes: ['助学申请', '其他'] }, expectedVersion: row.version },
      'street-admin',
    )
    expect(edited).toMatchObject({ created: false, version: row.version + 1, type: { purposes: ['助学申请', '其他'] } })
    // the same old version again: someone else's change is not overwritten
    const stale = await fail(
      'saveType',
      { type: { ...row.type, purposes: ['就业'] }, expectedVersion: row.version },
      'street-admin',
    )
    expect(stale.status).toBe(409)
    // a new type with a code already taken
    const taken = await fail('saveType', { type: { ...row.type, name: '另一个困难证明' } }, 'street-admin')
    expect(taken.status).toBe(409)
    expect(await host.platform.store.collection('certificate_types').get('st-haibei:KNZM')).toMatchObject({
      purposes: ['助学申请', '其他'],
      _v: row.version + 1,
    })
    // one audit row per save, with who, role, before and after; none for the refused ones
    const trail = await host.ok('admin', 'audit', { action: 'certificate.saveType' }, token['street-admin'])
    const rows = trail.items.filter((r: { target: string }) => r.target === 'certificate_types/st-haibei:KNZM')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      actorId: 'u-street-admin',
      role: 'street_admin',
      before: expect.objectContaining({ purposes: before!.purposes }),
      after: expect.objectContaining({ purposes: ['助学申请', '其他'] }),
    })
    // the community admin's save is audited in the street's trail, as a community admin
    expect(
      trail.items.some(
        (r: { role: string; target: string }) =>
          r.role === 'community_admin' && r.target === 'certificate_types/cm-beiyuan:BYZM',
      ),
    ).toBe(true)
  })

  test('a banned type still in the store (an old client) is not offered, and refused at apply citing the circular', async () => {
    const base = (await host.platform.store.collection('certificate_types').get('st-haibei:JZZM'))!
    const { _v, ...rest } = base
    await host.platform.store
      .collection('certificate_types')
      .insert({ ...rest, _id: 'st-haibei:JKZM', code: 'JKZM', name: '健在证明' })
    clearReferenceCache(host.platform.store)
    const res = await fail(
      'apply',
      {
        requestId: newRequestId(),
        typeCode: 'JKZM',
        purpose: '入学',
        materials: [await uploadPng(host, token['resident-c'])],
        idNumber: idNumberOf(5),
        residentSince: '2019-01',
      },
      'resident-c',
    )
    expect(res.status).toBe(403)
    expect(res.body.error.message).toContain('民发〔2020〕20号')
    const offered = (await ok('types', {}, 'resident-c')).items.map((t: { code: string }) => t.code)
    expect(offered).not.toContain('JKZM')
    expect(offered).toContain('JZZM')
  })
})

describe('overdue requests ride the work-order sweep', () => {
  test('past its due time a request is escalated once, and the street hears of it', async () => {
    clock.set(cst('2026-12-17T10:00'))
    const r = await applyResidence(host, token['resident-c'], { purpose: '就业', idNumber: idNumberOf(51) })
    expect(r.dueBy).toBe('2026-12-22T15:59:59.999Z')
    clock.set(cst('2026-12-22T23:00'))
    await host.trigger('workorder', 'sweep')
    expect((await requestDoc(r.id))!.escalationLevel).toBe(0)
    clock.set(cst('2026-12-23T09:00'))
    const out = await host.trigger('workorder', 'sweep')
    expect(out).toMatchObject({ ok: true, data: { certificatesEscalated: expect.any(Number) } })
    const doc = await requestDoc(r.id)
    expect(doc).toMatchObject({ escalationLevel: 1, status: 'submitted' })
    expect((doc!.events as Array<{ action: string }>).map((e) => e.action)).toEqual(['apply', 'escalate'])
    const outbox = await host.platform.store
      .collection('outbox')
      .find({ where: { toUserId: 'u-street-admin' }, limit: 200 })
    expect(outbox.items.some((m) => String(m.title).includes(String(doc!.number)))).toBe(true)
    await host.trigger('workorder', 'sweep')
    expect(((await requestDoc(r.id))!.events as unknown[]).length).toBe(2)
    expect(
      (await ok('inbox', { filter: 'overdue' }, 'community-admin')).items.map((x: { id: string }) => x.id),
    ).toContain(r.id)
  })
})

describe('privacy', () => {
  test('no response of this file carried a full ID number; the database holds it only sealed', async () => {
    const ids = [ID_A, idNumberOf(1), idNumberOf(21), idNumberOf(31), idNumberOf(41), idNumberOf(51)]
    expect(seen.length).toBeGreaterThan(50)
    for (const body of seen) for (const n of ids) expect(body).not.toContain(n)
    const docs = await host.platform.store.collection('certificate_requests').find({ limit: 500 })
    const stored = JSON.stringify(docs.items)
    for (const n of ids) expect(stored).not.toContain(n)
    expect(stored).toContain('1503**********')
  })
})
