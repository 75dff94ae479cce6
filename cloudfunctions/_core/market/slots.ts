/** The slot arithmetic lives with the contract, so the editor in the client shares it (types/market-slots.ts). */
export { bookableOf, type CutSlot, cutSlots, walkInSeats } from '../../../types/market-slots'
