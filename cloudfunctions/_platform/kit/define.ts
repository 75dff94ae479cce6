/**
 * One schema plus one `run` per action, collected into a deployable function.
 * `defineFunction` returns the `main(event, context)` that CloudBase calls and the local host
 * runs unchanged, the action names, and the catalogue served at GET /api/_catalog.
 *
 * Each action is given as a loader (`() => import('./inbox').then((m) => m.inbox)`): a cold start
 * evaluates only the action it is called for (its schemas, its services, their imports), not all of
 * the function's actions (docs/architecture.md, "One envelope").
 *
 * main: parse the envelope → load the action → identify the caller → check roles → parse input
 * with zod → check declared texts → run the action → answer `{ ok, data }` or `{ ok: false, error }`.
 */

import { zhCN } from 'zod/locales'
import * as z from 'zod/mini'
import { ActionEvent, type Envelope } from '../../../types/envelope'
import type { Caller, Role } from '../../../types/identity'
import { streetWordHit } from '../content-check/street-words'
import type { InvocationContext, Platform, Runtime } from '../ports'
import { isStoreInvalidCursor } from '../store/common'
import { isStoreConflict, isStoreNotFound } from '../store/port'
import { AppError, forbidden, invalidInput, logInternal, notFound, unauthenticated } from './errors'

z.config(zhCN())

/** Who may call: a list of roles, or 'anyone' (no login needed). */
export type Allowed = readonly Role[] | 'anyone'

/** The caller an action's `run` gets: signed in for every action whose roles are not 'anyone'. */
export type CallerFor<R extends Allowed> = R extends 'anyone' ? Caller | null : Caller

export interface ActionContext<I, C extends Caller | null = Caller> {
  input: I
  caller: C
  platform: Platform
  requestId?: string
  /** what the runtime said about the invocation (the local host: the client's address) */
  context?: InvocationContext
}

export interface ActionSpec<S extends z.ZodMiniType = z.ZodMiniType, O = unknown, R extends Allowed = Allowed> {
  description: string
  input: S
  roles: R
  /** runtimes where the action exists at all; default every runtime */
  runtimes?: readonly Runtime[]
  /**
   * Every string a person wrote that others will see (descriptions, notes, reasons, comments, tags).
   * The kit sends them to the content check after validation and before the action runs.
   */
  texts?(input: z.output<S>): ReadonlyArray<string | null | undefined>
  run(ctx: ActionContext<z.output<S>, CallerFor<R>>): Promise<O>
}

/** Identity helper keeping each action's input type inferred from its schema, and its caller from its roles. */
export function action<S extends z.ZodMiniType, O, const R extends Allowed>(
  spec: ActionSpec<S, O, R>,
): ActionSpec<S, O, R> {
  return spec
}

export interface CatalogEntry {
  function: string
  action: string
  description: string
  roles: Allowed
  runtimes: readonly Runtime[] | 'all'
  input: unknown
}

export interface DeployableFunction {
  name: string
  main(event: unknown, context?: InvocationContext): Promise<Envelope<unknown>>
  /** the function's action names, known without loading any action */
  actions: readonly string[]
  /** every action's entry (loads them all: for GET /api/_catalog, not for a call) */
  catalog(): Promise<CatalogEntry[]>
}

export type PlatformProvider = () => Promise<Platform>

/** An action, loaded on first use (a dynamic import of its file). */
export type ActionLoader = () => Promise<ActionSpec<any, any, any>>

export function defineFunction(
  name: string,
  actions: Record<string, ActionLoader>,
  getPlatform: PlatformProvider,
): DeployableFunction {
  // built once per instance (every action loaded, each input's JSON Schema made), on first request
  let built: Promise<CatalogEntry[]> | undefined
  const catalog = (): Promise<CatalogEntry[]> => {
    built ??= buildCatalog().catch((error) => {
      built = undefined // let the next request try again
      throw error
    })
    return built
  }
  const buildCatalog = async (): Promise<CatalogEntry[]> =>
    Promise.all(
      Object.entries(actions).map(async ([actionName, load]) => {
        const spec = await load()
        return {
          function: name,
          action: actionName,
          description: spec.description,
          roles: spec.roles,
          runtimes: spec.runtimes ?? 'all',
          input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        }
      }),
    )

  async function main(rawEvent: unknown, context: InvocationContext = {}): Promise<Envelope<unknown>> {
    try {
      const event = ActionEvent.safeParse(timerAsAction(rawEvent))
      if (!event.success) throw invalidInput(envelopeMessage(event.error), issuesOf(event.error))
      const load = Object.hasOwn(actions, event.data.action) ? actions[event.data.action] : undefined
      if (!load) throw notFound(`没有这个操作：${name}.${event.data.action}`)
      const spec = await load()
      const platform = await getPlatform()
      if (spec.runtimes && !spec.runtimes.includes(platform.runtime)) {
        throw forbidden('此操作在当前环境不可用')
      }
      const caller = await platform.identity.identify(rawEvent, context)
      authorize(spec.roles, caller)
      const parsed = spec.input.safeParse(event.data.data === undefined ? {} : event.data.data)
      if (!parsed.success) throw invalidInput(firstMessage(parsed.error), issuesOf(parsed.error))
      if (spec.texts) await checkTexts(platform, caller, spec.texts(parsed.data))
      // authorize() has refused a missing caller unless the action is open to anyone
      const data = await spec.run({ input: parsed.data, caller, platform, requestId: event.data.requestId, context })
      return { ok: true, data: data ?? null }
    } catch (error) {
      return { ok: false, error: toErrorBody(error, { fn: name, ...whereOf(timerAsAction(rawEvent)) }) }
    }
  }

  return { name, main, actions: Object.keys(actions), catalog }
}

function authorize(allowed: Allowed, caller: Caller | null): void {
  if (allowed === 'anyone') return
  if (!caller) throw unauthenticated()
  if (!caller.roles.some((role) => allowed.includes(role))) throw forbidden()
}

/** One call for all of an action's texts (one WeChat round trip on CloudBase); blocked → INVALID_INPUT. */
async function checkTexts(
  platform: Platform,
  caller: Caller | null,
  texts: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const written = texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '')
  if (written.length === 0) return
  const author = { userId: caller?.userId ?? 'anonymous', ...(caller?.openid ? { openid: caller.openid } : {}) }
  const verdict = await platform.contentCheck.text(written.join('\n'), author)
  if (!verdict.ok) throw invalidInput(verdict.reason || '内容未通过安全检查，请修改后再提交')
  if (await streetWordHit(platform.store, caller, written.join('\n')))
    throw invalidInput('内容包含本街道设定的不适宜发布的词语，请修改后再提交')
}

function issuesOf(error: z.core.$ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

function firstMessage(error: z.core.$ZodError): string {
  const first = error.issues[0]
  if (!first) return '填写的内容有误'
  const where = first.path.length ? `（${first.path.join('.')}）` : ''
  return `填写的内容有误${where}：${first.message}`
}

/** The envelope's own problems; an unstorable string anywhere in the event names its field. */
function envelopeMessage(error: z.core.$ZodError): string {
  const first = error.issues[0]
  return first?.code === 'custom' && first.path[0] === 'data' ? firstMessage(error) : '请求格式有误'
}

function toErrorBody(error: unknown, where: { fn: string; action?: string; requestId?: string }) {
  if (error instanceof AppError) return error.toBody()
  // errors thrown by the host's platform objects come from another copy of AppError
  if (isAppErrorLike(error)) return new AppError(error.code, error.message, error.details).toBody()
  if (isStoreConflict(error)) return new AppError('CONFLICT').toBody()
  if (isStoreNotFound(error)) return new AppError('NOT_FOUND').toBody()
  if (isStoreInvalidCursor(error)) return invalidInput('翻页位置无效，请刷新后重试').toBody()
  logInternal(error, where)
  return new AppError('INTERNAL').toBody()
}

/** The action and request id for the log, only when they are plain short strings. */
function whereOf(rawEvent: unknown): { action?: string; requestId?: string } {
  const { action, requestId } = (typeof rawEvent === 'object' && rawEvent !== null ? rawEvent : {}) as {
    action?: unknown
    requestId?: unknown
  }
  const plain = (v: unknown) => (typeof v === 'string' && /^[\w.:-]{1,128}$/.test(v) ? v : undefined)
  return { action: plain(action), requestId: plain(requestId) }
}

function isAppErrorLike(error: unknown): error is { code: AppError['code']; message: string; details?: unknown } {
  return error instanceof Error && error.name === 'AppError' && typeof (error as { code?: unknown }).code === 'string'
}

/**
 * Platform events as actions: a CloudBase timer trigger sends `{ Type: 'Timer', TriggerName }` (the
 * trigger's name is the action); WeChat pushes an asynchronous media-check result as
 * `{ Event: 'wxa_media_check', trace_id, result: { suggest } }` (action `mediaCheckResult`).
 */
function timerAsAction(event: unknown): unknown {
  if (typeof event !== 'object' || event === null) return event
  const { Type, TriggerName, Event, trace_id, result } = event as {
    Type?: unknown
    TriggerName?: unknown
    Event?: unknown
    trace_id?: unknown
    result?: { suggest?: unknown }
  }
  if (Type === 'Timer' && typeof TriggerName === 'string') return { action: TriggerName, data: {} }
  if (Event === 'wxa_media_check') {
    return { action: 'mediaCheckResult', data: { traceId: trace_id, suggest: result?.suggest } }
  }
  return event
}
