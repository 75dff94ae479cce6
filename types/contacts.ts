/**
 * Who a resident can call about their home (report.contacts): their grid's workers and the grid's
 * public service phone (网格公示牌; a staff member's own number is never given out), the property
 * company's service phone, and the community's.
 */
import * as z from 'zod/mini'

const Line = z.object({ name: z.string(), phone: z.nullable(z.string()) })
export const ContactsInput = z.object({})
export const ContactsOutput = z.object({
  grid: z.extend(Line, { workers: z.array(z.string()) }),
  /** null for 无物业小区 */
  property: z.nullable(Line),
  community: Line,
})
export type ContactsOutput = z.infer<typeof ContactsOutput>
