/** Deployable function `files`: photos the mini-program uploaded to CloudBase storage itself, and their content-check results. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'files',
  {
    adopt: () => import('./adopt').then((m) => m.adopt),
    mediaCheckResult: () => import('./media-check-result').then((m) => m.mediaCheckResult),
    cleanup: () => import('./cleanup').then((m) => m.cleanup),
  },
  getPlatform,
)
