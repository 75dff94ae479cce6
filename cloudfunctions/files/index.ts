/** Deployable function `files`: photos the mini-program uploaded to CloudBase storage itself. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { adopt } from './adopt'

export const { main, catalog, name } = defineFunction('files', { adopt }, getPlatform)
