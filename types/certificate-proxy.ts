/**
 * 代办 (a grid worker applies for a resident of their grid): the residents the grid worker may apply
 * for, by building, with the certificates each grid's community offers. The contract of
 * `certificate.proxyResidents`; applying itself is `certificate.apply` with `onBehalfOf`.
 */
import * as z from 'zod/mini'
import { TypeView } from './certificate'

export const ProxyResidentsInput = z.object({})

/** A verified resident whose current home is in the grid: what the grid worker needs to pick them. */
export const ProxyResident = z.object({
  userId: z.string(),
  name: z.string(),
  /** masked: '139****0101' */
  phone: z.nullable(z.string()),
  /** the full address, e.g. '博泰佳苑 3号楼 2单元 501' */
  addressLabel: z.string(),
  relationLabel: z.string(),
})
export type ProxyResident = z.infer<typeof ProxyResident>

export const ProxyBuilding = z.object({
  buildingId: z.string(),
  /** e.g. '博泰佳苑 3号楼' */
  label: z.string(),
  residents: z.array(ProxyResident),
})
export type ProxyBuilding = z.infer<typeof ProxyBuilding>

/** One grid of the caller, with its residents by building and the certificates its community offers. */
export const ProxyGrid = z.object({
  gridId: z.string(),
  gridName: z.string(),
  buildings: z.array(ProxyBuilding),
  types: z.array(TypeView),
  /** true when the grid holds more residents than one answer lists */
  truncated: z.boolean(),
})
export type ProxyGrid = z.infer<typeof ProxyGrid>

export const ProxyResidentsOutput = z.object({ grids: z.array(ProxyGrid) })
export type ProxyResidentsOutput = z.infer<typeof ProxyResidentsOutput>
