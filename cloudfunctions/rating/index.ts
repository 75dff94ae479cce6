/** Deployable function `rating`: the quarterly property survey and the street's review of held responses. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { held } from './held'
import { reviewHeld } from './review-held'
import { submitSurvey } from './submit-survey'
import { survey } from './survey'

export const { main, catalog, name } = defineFunction('rating', { survey, submitSurvey, held, reviewHeld }, getPlatform)
