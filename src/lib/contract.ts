/**
 * The few contract VALUES the client needs. They live in types/labels.ts, which imports no zod
 * (the schema files build their schemas at import time; zod would add ~450 KB to the main package).
 * From the other types/ files, src/ uses `import type` only.
 */
import type { ErrorCode } from '../../types/envelope'
import { ERROR_MESSAGES } from '../../types/labels'

export {
  HANDLER_KIND_LABELS,
  RATING_TAGS,
  RESIDENT_STATUS_LABELS as RESIDENT_STATUS_LABEL,
  STATUS_LABELS as STATUS_LABEL,
} from '../../types/labels'

export const CHINESE_MESSAGE = ERROR_MESSAGES

export const NETWORK_MESSAGE = '网络不给力，请稍后再试'

export function isErrorCode(code: string): code is ErrorCode {
  return code in CHINESE_MESSAGE
}
