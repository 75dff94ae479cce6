/** Deployable function `admin`: the street's catalogue, routing rules, settings and 放假安排 as editable, audited data. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { audit } from './audit'
import { categories } from './categories'
import { holidays } from './holidays'
import { removeRule } from './remove-rule'
import { rules } from './rules'
import { saveCategory } from './save-category'
import { saveHolidays } from './save-holidays'
import { saveRule } from './save-rule'
import { saveSettings } from './save-settings'
import { settings } from './settings'
import { tryRoute } from './try-route'

export const { main, catalog, name } = defineFunction(
  'admin',
  {
    categories,
    saveCategory,
    rules,
    saveRule,
    removeRule,
    tryRoute,
    settings,
    saveSettings,
    holidays,
    saveHolidays,
    audit,
  },
  getPlatform,
)
