import { AddPhotosInput } from '../../types/report'
import { addPhotosChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { invalidInput } from '../_platform/kit/errors'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { checkPhotos } from '../_services/content'
import { notifyHandler } from '../_services/notify'

/**
 * 追加照片: the reporter adds photos to their open report. They must be the caller's own uploads and
 * pass the content check; one still being checked shows on the timeline once it is cleared.
 */
export const addPhotos = action({
  description: '追加照片（报事未办结时）',
  input: AddPhotosInput,
  roles: RESIDENT,
  texts: (input) => [input.note],
  async run({ input, caller, platform }) {
    if (input.photos.length === 0) throw invalidInput('请先选择照片')
    return act(platform, caller, 'add_photos', input, {
      async build() {
        await checkPhotos(platform, caller, input.photos)
        return addPhotosChange(input.photos, input.note)
      },
      after: ({ platform }, saved) =>
        notifyHandler(
          platform,
          saved,
          'workorder.photos_added',
          `居民追加照片：${saved.number}`,
          `${saved.categoryName} · 追加了${input.photos.length}张照片`,
        ),
    })
  },
})
