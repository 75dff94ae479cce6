import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { privacyNotice } from '../_services/privacy-notice'

/** The privacy notice in force, as data: its version and text. Readable before signing in. */
export const privacy = action({
  description: '隐私保护说明（当前版本）',
  input: z.object({}),
  roles: 'anyone',
  run: ({ platform }) => privacyNotice(platform.store),
})
