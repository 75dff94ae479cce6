/**
 * 消息: the in-app message box. Every notification sent to a person (a new order for staff, a reply
 * or an offer for a resident) is kept here on every runtime, whether or not WeChat also delivered it
 * as a subscribe message (which needs the person's consent at the tap). Only one's own messages.
 */
import * as z from 'zod/mini'

export const MessagesInput = z.object({
  cursor: z.nullish(z.string().check(z.maxLength(512))),
  limit: z._default(z.int().check(z.gte(1), z.lte(50)), 20),
})
export type MessagesInput = z.input<typeof MessagesInput>

export const Message = z.object({
  id: z.string(),
  /** what it is about, e.g. 'workorder.assigned', 'market.offer' */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** the page it opens, e.g. 'pages/report/detail/index?id=…' */
  page: z.nullable(z.string()),
  createdAt: z.string(),
  /** newer than the last time the person opened the box */
  unread: z.boolean(),
})
export type Message = z.infer<typeof Message>

export const MessagesOutput = z.object({
  items: z.array(Message),
  nextCursor: z.nullable(z.string()),
  /** how many messages arrived since the box was last opened */
  unread: z.int(),
})
export type MessagesOutput = z.infer<typeof MessagesOutput>

export const ReadMessagesInput = z.object({})
export const ReadMessagesOutput = z.object({ readAt: z.string() })
export type ReadMessagesOutput = z.infer<typeof ReadMessagesOutput>
