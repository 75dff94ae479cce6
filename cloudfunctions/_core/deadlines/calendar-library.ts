/**
 * `chinese-days`, loaded on first use rather than at module load. Building its holiday tables costs a
 * cold start about 10 ms of CPU; most cold calls (sign-in, detail, files) never compute a deadline.
 * Pure all the same: the library is data and date maths, no clock or I/O.
 */
type ChineseDays = typeof import('chinese-days')

let loaded: ChineseDays | undefined

export function chineseDays(): ChineseDays {
  // a deferred require: a static import would run the library at cold start
  loaded ??= require('chinese-days') as ChineseDays
  return loaded
}
