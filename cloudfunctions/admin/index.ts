/** Deployable function `admin`: the street's catalogue, routing rules, places, orgs, settings and 放假安排 as editable, audited data. */
import { defineFunction } from '../_platform/kit/define'
import { getPlatform } from '../_platform/runtime/provider'

export const { main, actions, catalog, name } = defineFunction(
  'admin',
  {
    categories: () => import('./categories').then((m) => m.categories),
    saveCategory: () => import('./save-category').then((m) => m.saveCategory),
    rules: () => import('./rules').then((m) => m.rules),
    saveRule: () => import('./save-rule').then((m) => m.saveRule),
    removeRule: () => import('./remove-rule').then((m) => m.removeRule),
    tryRoute: () => import('./try-route').then((m) => m.tryRoute),
    settings: () => import('./settings').then((m) => m.settings),
    saveSettings: () => import('./save-settings').then((m) => m.saveSettings),
    holidays: () => import('./holidays').then((m) => m.holidays),
    saveHolidays: () => import('./save-holidays').then((m) => m.saveHolidays),
    places: () => import('./places').then((m) => m.places),
    savePlace: () => import('./save-place').then((m) => m.savePlace),
    estateOpenOrders: () => import('./estate-open-orders').then((m) => m.estateOpenOrders),
    importPlaces: () => import('./import-places').then((m) => m.importPlaces),
    exportPlaces: () => import('./export-places').then((m) => m.exportPlaces),
    orgs: () => import('./orgs').then((m) => m.orgs),
    saveOrg: () => import('./save-org').then((m) => m.saveOrg),
    audit: () => import('./audit').then((m) => m.audit),
    auditExport: () => import('./audit-export').then((m) => m.auditExport),
  },
  getPlatform,
)
