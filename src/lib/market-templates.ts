/**
 * 民生集市 subscribe messages: WeChat lets one tap ask for at most 3 templates, and the market has
 * four kinds of message (confirmed, reminder, offer, cancelled). Each tap asks for the three its
 * person can still receive:
 * - booking a slot with seats left: confirmed, reminder, cancelled (the organiser may cancel);
 * - booking a full slot (joins the waiting list): offer, reminder, cancelled;
 * - accepting an offer: confirmed, reminder, cancelled.
 * The street sets the template ids as `key:id` pairs (TARO_APP_MARKET_TEMPLATES, see .env.*); the
 * functions map the same keys (XIAOBEI_SUBSCRIBE_TEMPLATES, `market.<key>`).
 */
export type MarketTemplateKey = 'confirmed' | 'reminder' | 'offer' | 'cancelled'
export type MarketTap = 'book' | 'waitlist' | 'acceptOffer'

const KEYS: readonly MarketTemplateKey[] = ['confirmed', 'reminder', 'offer', 'cancelled']

const ASKED: Record<MarketTap, readonly MarketTemplateKey[]> = {
  book: ['confirmed', 'reminder', 'cancelled'],
  waitlist: ['offer', 'reminder', 'cancelled'],
  acceptOffer: ['confirmed', 'reminder', 'cancelled'],
}

/** `confirmed:ID1,reminder:ID2,…` → key → template id; unknown keys and empty ids are left out. */
export function parseMarketTemplates(raw: string | undefined): Partial<Record<MarketTemplateKey, string>> {
  const out: Partial<Record<MarketTemplateKey, string>> = {}
  for (const pair of (raw ?? '').split(',')) {
    const at = pair.indexOf(':')
    if (at < 0) continue
    const key = pair.slice(0, at).trim() as MarketTemplateKey
    const id = pair.slice(at + 1).trim()
    if (KEYS.includes(key) && id) out[key] = id
  }
  return out
}

/** The template ids to ask for at this tap (never more than 3, in a fixed order). */
export function marketTemplatesFor(tap: MarketTap, ids: Partial<Record<MarketTemplateKey, string>>): string[] {
  return ASKED[tap].flatMap((key) => (ids[key] ? [ids[key] as string] : []))
}
