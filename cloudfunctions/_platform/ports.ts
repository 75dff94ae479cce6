/**
 * Platform ports: everything the functions need from the world. The core never touches these;
 * handlers receive them through the action context. Adapters live beside this file.
 */
import type { Caller } from '../../types/identity'
import type { FieldCipher, Signer } from './signing/port'
import type { Store } from './store/port'
import type { WechatApi } from './wechat/port'

export interface Clock {
  now(): Date
}

export interface StoredFile {
  fileId: string
  mime: string
  size: number
}

export interface FilesPort {
  put(bytes: Uint8Array, meta: { mime: string; ownerId: string }): Promise<StoredFile>
  get(fileId: string): Promise<{ bytes: Uint8Array; mime: string } | null>
  /**
   * a URL the client can show, minted only for a caller the view lets see the file (local:
   * /api/_files/<id>?t=<short-lived grant>; CloudBase: a temp URL)
   */
  url(fileId: string): Promise<string>
  /** local: whether `t` from url() still grants this file (checked by GET /api/_files/:id) */
  grants?(fileId: string, grant: string): 'ok' | 'expired' | 'invalid'
  /**
   * CloudBase only: take in a photo the mini-program uploaded to cloud storage itself
   * (`cloud://…`) under the caller's own prefix `uploads/<openid>/`, checked like an upload, and
   * give it a FileId. With `spreadsheet` (a roster importer) an .xlsx is taken too. Throws PhotoRejectedError.
   */
  adopt?(cloudFileId: string, meta: { ownerId: string; openid?: string; spreadsheet?: boolean }): Promise<StoredFile>
  /** deletes the bytes and the record; true when there was something to delete */
  remove?(fileId: string): Promise<boolean>
}

export interface Notification {
  toUserId: string
  /** a template key, e.g. 'workorder.acknowledged' */
  template: string
  title: string
  body: string
  /** the mini-program page to open */
  page?: string
  data?: Record<string, string>
}

export interface NotifyPort {
  send(message: Notification): Promise<void>
}

export type CheckVerdict = { ok: true } | { ok: false; reason: string }

export interface ContentCheckPort {
  /** photos are cleared later (CloudBase): until then a stored photo is not shown */
  asyncImages?: boolean
  text(text: string, meta: { userId: string; openid?: string }): Promise<CheckVerdict>
  /** 'pending' means held until an asynchronous check clears it */
  image(fileId: string, meta: { userId: string; openid?: string }): Promise<'pass' | 'pending' | 'reject'>
}

export type Runtime = 'local' | 'cloudbase'

/** What the runtime tells a function about its invocation, besides the event. */
export interface InvocationContext {
  /** local host: the request's `Authorization` header */
  authorization?: string
  /** local host: set only by the host's own scheduler, never from HTTP */
  trigger?: 'timer'
  /** local host: the client's address (per-client limits of public actions) */
  clientIp?: string
  /** anything else the runtime passes (CloudBase's SCF context) */
  [key: string]: unknown
}

export interface IdentityPort {
  /** who is calling; null when anonymous */
  identify(event: unknown, context: InvocationContext): Promise<Caller | null>
  /** local runtime only: a signed token for a user id */
  issueToken?(userId: string): Promise<string>
}

export interface Platform {
  runtime: Runtime
  store: Store
  files: FilesPort
  notify: NotifyPort
  contentCheck: ContentCheckPort
  clock: Clock
  identity: IdentityPort
  /** demo personas (auth.personas, auth.devLogin) are open: local host only, XIAOBEI_DEMO=1 */
  demoLogin?: boolean
  /** self-hosted with XIAOBEI_WECHAT_APPID/SECRET: the WeChat API port (auth.wxLogin, phone numbers) */
  wechat?: WechatApi
  /** signs issued e-certificates (signing/port.ts); absent: issuing refuses */
  signer?: Signer
  /** encrypts fields at rest (a holder's ID number); absent: types that state one refuse */
  cipher?: FieldCipher
  /** the CJK font certificate PDFs embed a subset of (fonts/cjk-font.ts); null: no PDF */
  cjkFont?: () => Promise<Uint8Array | null>
}
