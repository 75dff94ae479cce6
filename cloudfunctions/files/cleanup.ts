import * as z from 'zod/mini'
import { action } from '../_platform/kit/define'
import { SYSTEM } from '../_platform/kit/roles'
import { removeUnattachedFiles } from '../_services/files'

/** The timer trigger `cleanup` (config.json): photos no order or timeline took in are deleted after a day. */
export const cleanup = action({
  description: '定时清理：删除一天内未被任何报事引用的照片',
  input: z.object({}),
  roles: SYSTEM,
  run: ({ platform }) => removeUnattachedFiles(platform),
})
