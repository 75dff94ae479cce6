/** Every message lands in the `outbox` collection: the person's message box (`auth.messages`), on every runtime. */
import { nanoid } from 'nanoid'
import type { NotifyPort } from '../ports'
import type { Store } from '../store/port'

export function createOutboxNotify(options: { store: Store; now: () => Date }): NotifyPort {
  return {
    async send(message) {
      await options.store.collection('outbox').insert({
        _id: `msg_${nanoid(12)}`,
        channel: 'outbox',
        createdAt: options.now().toISOString(),
        ...message,
      })
    },
  }
}
