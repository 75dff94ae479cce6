/** Deployable function `files`: photos the mini-program uploaded to CloudBase storage itself, and their content-check results. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { adopt } from './adopt'
import { cleanup } from './cleanup'
import { mediaCheckResult } from './media-check-result'

export const { main, catalog, name } = defineFunction('files', { adopt, mediaCheckResult, cleanup }, getPlatform)
