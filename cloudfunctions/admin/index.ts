/** Deployable function `admin`: the street's catalogue, routing rules, places, orgs, settings and 放假安排 as editable, audited data. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'
import { audit } from './audit'
import { auditExport } from './audit-export'
import { categories } from './categories'
import { exportPlaces } from './export-places'
import { holidays } from './holidays'
import { importPlaces } from './import-places'
import { orgs } from './orgs'
import { places } from './places'
import { removeRule } from './remove-rule'
import { rules } from './rules'
import { saveCategory } from './save-category'
import { saveHolidays } from './save-holidays'
import { saveOrg } from './save-org'
import { savePlace } from './save-place'
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
    places,
    savePlace,
    importPlaces,
    exportPlaces,
    orgs,
    saveOrg,
    audit,
    auditExport,
  },
  getPlatform,
)
