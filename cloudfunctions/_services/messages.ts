/**
 * 消息: the caller's own message box, read from the `outbox` collection every notify adapter writes
 * (locally the only delivery; on CloudBase the record kept beside the subscribe message). A person
 * reads only rows addressed to them; `messagesReadAt` on their user record splits read from unread.
 */
import type { Caller } from '../../types/identity'
import type { Message, MessagesInput, MessagesOutput } from '../../types/messages'
import type { Store, StoredDoc } from '../_platform/store/port'
import { loadOrCreateUser, usersOf } from './accounts'

interface OutboxDoc extends StoredDoc {
  toUserId: string
  template?: string
  title?: string
  body?: string
  page?: string | null
  createdAt: string
}

const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** A stored message as its reader sees it (no delivery channel, no template data). */
export function messageOf(doc: OutboxDoc, readAt: string | undefined): Message {
  return {
    id: doc._id,
    kind: text(doc.template),
    title: text(doc.title) || '通知',
    body: text(doc.body),
    page: typeof doc.page === 'string' && doc.page ? doc.page : null,
    createdAt: doc.createdAt,
    unread: !readAt || doc.createdAt > readAt,
  }
}

/** A page of the caller's messages, newest first, and how many are unread: two store reads. */
export async function messagesOf(
  store: Store,
  caller: Caller,
  input: Required<Pick<MessagesInput, 'limit'>> & Pick<MessagesInput, 'cursor'>,
): Promise<MessagesOutput> {
  const outbox = store.collection<OutboxDoc>('outbox')
  const readAt = caller.messagesReadAt
  const [page, unread] = await Promise.all([
    outbox.find({
      where: { toUserId: caller.userId },
      orderBy: [['createdAt', 'desc']],
      limit: input.limit,
      cursor: input.cursor ?? null,
    }),
    outbox.count(readAt ? { toUserId: caller.userId, createdAt: { gt: readAt } } : { toUserId: caller.userId }),
  ])
  return { items: page.items.map((m) => messageOf(m, readAt)), nextCursor: page.nextCursor, unread }
}

/** Marks every message up to now read (creates the user record of a person who has none yet). */
export async function markMessagesRead(store: Store, caller: Caller, at: string): Promise<{ readAt: string }> {
  const user = await loadOrCreateUser(store, caller, at)
  if (!user.messagesReadAt || user.messagesReadAt < at) await usersOf(store).patch(user._id, { messagesReadAt: at })
  return { readAt: at }
}
