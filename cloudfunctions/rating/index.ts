/** Deployable function `rating`: the quarterly property survey and the street's review of held responses. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'rating',
  {
    survey: () => import('./survey').then((m) => m.survey),
    submitSurvey: () => import('./submit-survey').then((m) => m.submitSurvey),
    held: () => import('./held').then((m) => m.held),
    reviewHeld: () => import('./review-held').then((m) => m.reviewHeld),
  },
  getPlatform,
)
