import { ReadMessagesInput } from '../../types/messages'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { markMessagesRead } from '../_services/messages'

/** 消息: the box was opened; everything up to now is read. */
export const readMessages = action({
  description: '消息已读（打开消息盒子时）',
  input: ReadMessagesInput,
  roles: ANY_PERSON,
  run: ({ caller, platform }) => markMessagesRead(platform.store, caller, platform.clock.now().toISOString()),
})
