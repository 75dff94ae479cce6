/** Whether a report's words say more than where it is: shared with the form (types/report-text.ts, zod-free). */
export { ONLY_WHERE_MESSAGE, saysOnlyWhere } from '../../../types/report-text'
