/**
 * The local stand-in for CloudBase timer triggers: every function whose config.json declares a timer
 * trigger is run on an interval as the system caller (`{ trigger: 'timer' }`, never reachable over HTTP).
 * The cron expression itself is CloudBase's business; locally every trigger runs each `everyMs`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Host } from './server'

export interface TimerTrigger {
  fn: string
  action: string
}

export function timerTriggers(functionsDir: string, names: Iterable<string>): TimerTrigger[] {
  const out: TimerTrigger[] = []
  for (const fn of names) {
    const file = path.join(functionsDir, fn, 'config.json')
    if (!existsSync(file)) continue
    const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: Array<{ name: string; type: string }> }
    for (const t of config.triggers ?? []) if (t.type === 'timer') out.push({ fn, action: t.name })
  }
  return out
}

export function startScheduler(host: Host, options: { functionsDir?: string; everyMs?: number } = {}) {
  const dir = options.functionsDir ?? path.resolve(__dirname, '..', '..', 'dist', 'cloudfunctions')
  const triggers = timerTriggers(dir, host.functions.keys())
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      for (const t of triggers) {
        const reply = await host.trigger(t.fn, t.action)
        if (!reply.ok) console.warn(`[scheduler] ${t.fn}.${t.action} failed: ${reply.error.message}`)
      }
    } finally {
      running = false
    }
  }
  const timer = triggers.length ? setInterval(() => void tick(), options.everyMs ?? 60_000) : undefined
  timer?.unref()
  return { triggers, tick, stop: () => timer && clearInterval(timer) }
}
