import { NoteInput } from '../../types/report'
import { noteChange } from '../_core/workflow'
import { action } from '../_platform/kit/define'
import { RESIDENT } from '../_platform/kit/roles'
import { act } from '../_services/act'
import { notifyHandler } from '../_services/notify'

/** 补充说明: the reporter adds words to their open report; the holder is told. */
export const note = action({
  description: '补充说明（报事未办结时）',
  input: NoteInput,
  roles: RESIDENT,
  texts: (input) => [input.note],
  run: ({ input, caller, platform }) =>
    act(platform, caller, 'note', input, {
      build: () => noteChange(input.note),
      after: ({ platform }, saved) =>
        notifyHandler(platform, saved, 'workorder.noted', `居民补充说明：${saved.number}`, input.note),
    }),
})
