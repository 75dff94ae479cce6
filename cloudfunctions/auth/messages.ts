import { MessagesInput } from '../../types/messages'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { messagesOf } from '../_services/messages'

/** 消息: my notifications, newest first, with the unread count. Only one's own. */
export const messages = action({
  description: '我的消息（通知），最新在前，含未读数',
  input: MessagesInput,
  roles: ANY_PERSON,
  run: ({ input, caller, platform }) => messagesOf(platform.store, caller, input),
})
