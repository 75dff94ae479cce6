import { ProgressInput } from '../../types/report'
import { progressChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { STAFF } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { checkPhotos } from '../_services/content'

/** A progress note, with photos, on the timeline. */
export const progress = action({
  description: '填写处理进展',
  input: ProgressInput,
  roles: STAFF,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'progress', input, {
      async build({ caller }) {
        await checkPhotos(platform, caller, input.photos)
        return progressChange(input)
      },
    }),
})
