/**
 * 注销: a resident deletes their account. What stays and what goes (the README's retention rule):
 * - their orders stay, with their timeline, but the reporter is 已注销用户: no name, no phone, and
 *   a new opaque id that leads back to nobody (on CloudBase the old id holds the openid);
 * - their houses are unbound (moved out), with name and phone erased; the community's own roster
 *   is the community's record and stays;
 * - their sign-in credentials, follows (同问) and message box are removed; their photos stay on the
 *   orders they belong to, owned by the new id;
 * - their certificate requests and issued certificates are the street's official records: they stay
 *   as issued (a verifier can still check one), re-pointed to the new id; a request still open is
 *   withdrawn (撤回, through the transition table), as nobody is left to receive it;
 * - the user document goes last: the next call with an old token is refused, and signing in with
 *   the same WeChat account later starts a new, empty account.
 * Many documents change, more than one transaction may hold, so each step is idempotent and keyed
 * by the old id, and the user document (with the new id chosen on the first try) goes last: a
 * deletion cut short is completed by trying again.
 */
import { randomUUID } from 'node:crypto'
import type { Caller } from '../../types/identity'
import { DELETED_USER_NAME } from '../../types/labels'
import { decide, tapPlan } from '../_core/certificates'
import { isStoreConflict, type Store, type StoredDoc, type Where } from '../_platform/store/port'
import { usersOf } from './accounts'
import type { RequestDoc } from './certificates/docs'
import { actorOf, factsOf, stepChanges } from './certificates/requests'

const PAGE = 200

/** Every document of `name` matching `where`, one page at a time; `each` must make it stop matching. */
async function drain(store: Store, name: string, where: Where, each: (doc: StoredDoc) => Promise<unknown>) {
  for (let pass = 0; pass < 10_000; pass++) {
    const page = await store.collection(name).find({ where, limit: PAGE })
    if (page.items.length === 0) return
    for (const doc of page.items) await each(doc)
  }
}

async function insertIfMissing(store: Store, name: string, doc: Record<string, unknown> & { _id: string }) {
  try {
    await store.collection(name).insert(doc as never)
  } catch (error) {
    if (!isStoreConflict(error)) throw error
  }
}

export async function deleteAccount(store: Store, caller: Caller, at: string): Promise<void> {
  const old = caller.userId
  const users = usersOf(store)
  const user = await users.get(old)
  // the new id is chosen once and kept on the user until the end, so a retry uses the same one
  let goneId = typeof user?.deletingAs === 'string' ? user.deletingAs : ''
  if (!goneId) {
    goneId = `gone-${randomUUID()}`
    if (user) await users.patch(old, { deletingAs: goneId } as never)
  }
  await insertIfMissing(store, 'users', {
    _id: goneId,
    kind: 'resident',
    name: DELETED_USER_NAME,
    persona: '',
    scopes: [],
    deletedAt: at,
  })

  // orders: the timeline's own entries first (found through the orders, still under the old id)
  await drain(store, 'workorders', { reporterId: old }, async (order) => {
    const events = await store.collection('workorder_events').find({ where: { orderId: order._id }, limit: 1000 })
    for (const e of events.items) {
      if (e.actorId === old) {
        await store.collection('workorder_events').patch(e._id, { actorId: goneId, actorName: DELETED_USER_NAME })
      }
    }
    await store.collection('workorders').patch(order._id, {
      reporterId: goneId,
      reporterName: DELETED_USER_NAME,
      reporterPhone: null,
      requestKey: `${goneId}:${String(order.requestId ?? order._id)}`,
      updatedAt: at,
    })
  })
  await drain(store, 'households', { userId: old }, (h) =>
    store.collection('households').patch(h._id, {
      userId: goneId,
      requestKey: `${goneId}:${h._id}`,
      name: DELETED_USER_NAME,
      phone: null,
      status: 'moved_out',
      updatedAt: at,
    }),
  )
  await goneFromCertificates(store, caller, goneId, at)
  await drain(store, 'files', { ownerId: old }, (f) => store.collection('files').patch(f._id, { ownerId: goneId }))
  for (const name of ['follows', 'logins']) {
    await drain(store, name, { userId: old }, (doc) => store.collection(name).remove(doc._id))
  }
  await drain(store, 'outbox', { toUserId: old }, (doc) => store.collection('outbox').remove(doc._id))
  // last: from now on every call with an old token is refused
  await users.remove(old)
}

const WITHDRAWN_NOTE = '申请人已注销账户'

/** Certificate requests (as applicant or as 代办 proxy) and certificates move to the new id; an open request of their own is withdrawn. */
async function goneFromCertificates(store: Store, caller: Caller, goneId: string, at: string) {
  const old = caller.userId
  const gone = { id: goneId, name: DELETED_USER_NAME }
  const requests = store.collection('certificate_requests')
  const repoint = (events: RequestDoc['events']) =>
    events.map((e) => (e.byId === old ? { ...e, byId: gone.id, byName: gone.name } : e))
  await drain(store, 'certificate_requests', { applicantId: old }, async (doc) => {
    const r = doc as unknown as RequestDoc
    const facts = factsOf(r)
    const withdraw = decide(actorOf(caller), facts, tapPlan(facts, 'withdraw'))
    const closing = withdraw.ok ? stepChanges(r, withdraw.steps, gone, at, { note: WITHDRAWN_NOTE }) : null
    await requests.patch(r._id, {
      ...closing,
      events: repoint(closing?.events ?? r.events),
      applicantId: gone.id,
      requestKey: `${gone.id}:${r._id}`,
      updatedAt: at,
    })
  })
  await drain(store, 'certificate_requests', { proxyId: old }, async (doc) => {
    const r = doc as unknown as RequestDoc
    await requests.patch(r._id, { proxyId: gone.id, events: repoint(r.events), updatedAt: at })
  })
  await drain(store, 'certificates', { holderId: old }, (c) =>
    store.collection('certificates').patch(c._id, { holderId: gone.id, shareCode: null }),
  )
}
