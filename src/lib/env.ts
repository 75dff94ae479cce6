/** Client settings from .env.* (replaced at build time; see .env.production). */
import { devPagesIn } from './dev-pages'
import { parseMarketTemplates } from './market-templates'

export const TRANSPORT: 'http' | 'cloud' = process.env.TARO_APP_TRANSPORT === 'cloud' ? 'cloud' : 'http'
export const RUNTIME: 'local' | 'cloudbase' = process.env.TARO_APP_RUNTIME === 'cloudbase' ? 'cloudbase' : 'local'
export const IS_LOCAL = RUNTIME === 'local'
export const IS_H5 = process.env.TARO_ENV === 'h5'
export const IS_WEAPP = process.env.TARO_ENV === 'weapp'
/** this build has the persona picker and the local outbox (TARO_APP_DEV_PAGES) */
export const DEV_PAGES = devPagesIn(process.env.TARO_APP_DEV_PAGES, process.env.TARO_ENV)
export const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV || ''

/** '' on H5 means the page's own origin (the local host serves both); a mini-program needs a full URL. */
export const API_BASE = (process.env.TARO_APP_API_BASE || (IS_H5 ? '' : 'http://127.0.0.1:8787')).replace(/\/+$/, '')

export const SUBSCRIBE_TEMPLATES: string[] = (process.env.TARO_APP_SUBSCRIBE_TEMPLATES || '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)

/** 民生集市: template id per message kind (`confirmed:ID,…`); which 3 a tap asks for: lib/market-templates.ts. */
export const MARKET_TEMPLATE_IDS = parseMarketTemplates(process.env.TARO_APP_MARKET_TEMPLATES)
