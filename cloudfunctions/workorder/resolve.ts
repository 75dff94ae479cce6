import { ResolveInput } from '../../types/report'
import { resolveChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { checkPhotos } from '../_services/content'
import { notifyResidents } from '../_services/notify'
import { workflowSettings } from '../_services/settings'

/** 办结 with a note and after-photos (required where the category says so); the resident then confirms or rates. */
export const resolve = action({
  description: '办结工单（上传处理后照片）',
  input: ResolveInput,
  roles: STAFF,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'resolve', input, {
      photos: input.photos,
      async build({ caller, now, order }) {
        await checkPhotos(platform, caller, input.photos)
        const settings = await workflowSettings(platform.store, order.streetId)
        return resolveChange(now, input, settings.autoConfirmDays)
      },
      after: ({ platform }, saved) =>
        notifyResidents(
          platform,
          saved,
          'workorder.resolved',
          `报事 ${saved.number} 已办结`,
          '请查看处理结果，确认并评价',
        ),
    }),
})
