/**
 * CloudBase notifications: WeChat subscribe messages (subscribeMessage.send) through wx-server-sdk's
 * openapi, which works only inside CloudBase (off-cloud it throws and can crash Node: never load it
 * locally). Each template key maps to a template id and a field mapping, configured by the street.
 * Every message is also written to the outbox collection: the person's message box (`auth.messages`).
 */
import { describeError } from '../kit/errors'
import type { NotifyPort } from '../ports'
import type { Store } from '../store/port'
import { createOutboxNotify } from './outbox'

export interface SubscribeTemplate {
  templateId: string
  /** template field → message part ('title' | 'body' | a data key) */
  fields: Record<string, string>
}

export interface OpenApi {
  subscribeMessage: {
    send(args: {
      touser: string
      templateId: string
      page?: string
      data: Record<string, { value: string }>
    }): Promise<unknown>
  }
}

/** Set by the street in the function's environment: template key → subscribe template. */
export function templatesFromEnv(raw: string | undefined): Record<string, SubscribeTemplate> {
  if (!raw) return {}
  try {
    return JSON.parse(raw) as Record<string, SubscribeTemplate>
  } catch {
    console.warn('[platform] XIAOBEI_SUBSCRIBE_TEMPLATES is not valid JSON; subscribe messages are off')
    return {}
  }
}

export function createSubscribeMessageNotify(options: {
  store: Store
  now: () => Date
  openapi: () => Promise<OpenApi>
  templates: Record<string, SubscribeTemplate>
  openidOf: (userId: string) => Promise<string | undefined>
}): NotifyPort {
  const record = createOutboxNotify(options)
  return {
    async send(message) {
      await record.send(message)
      const template = options.templates[message.template]
      const openid = await options.openidOf(message.toUserId)
      if (!template || !openid) return // no template configured or the user never subscribed
      const parts: Record<string, string> = { title: message.title, body: message.body, ...(message.data ?? {}) }
      const data = Object.fromEntries(
        Object.entries(template.fields).map(([field, part]) => [field, { value: (parts[part] ?? '').slice(0, 20) }]),
      )
      try {
        const api = await options.openapi()
        await api.subscribeMessage.send({ touser: openid, templateId: template.templateId, page: message.page, data })
      } catch (error) {
        // a refused subscribe message (quota used, user unsubscribed) never fails the action
        console.warn(`[notify] subscribeMessage.send failed ${describeError(error)}`)
      }
    },
  }
}
