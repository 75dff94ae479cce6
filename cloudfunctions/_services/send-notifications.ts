/** The one place notifications are sent: each on its own, and a failure never undoes what caused it. */
import { describeError } from '../_platform/kit/errors'
import type { Notification, Platform } from '../_platform/ports'

/** Sends each; a failure is logged without personal data and never thrown (it must not undo what caused it). */
export async function sendNotifications(platform: Platform, messages: Notification[]): Promise<void> {
  await Promise.all(
    messages.map((m) =>
      platform.notify.send(m).catch((error) => {
        // no recipient and no message in the log: both are a resident's data
        console.error(`[notify] ${m.template} failed ${describeError(error)}`)
      }),
    ),
  )
}
