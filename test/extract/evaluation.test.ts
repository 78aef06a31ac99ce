import { describe, expect, it } from 'vitest'
import { row, scoreSet } from './score'

// Floors, not targets: each is the set's measured figure rounded down, so a change that makes extraction worse
// fails here. README "Extraction quality" has the table and says which sets were never read.
const FLOORS: Record<string, { recall: number; speaker: number; span: number; reported?: number }> = {
  eval: { recall: 0.95, speaker: 0.97, span: 0.95 },
  dev: { recall: 0.97, speaker: 0.97, span: 0.95 },
  dev2: { recall: 0.95, speaker: 0.95, span: 0.92 },
  holdout: { recall: 0.97, speaker: 0.95, span: 0.95 },
  blind: { recall: 0.97, speaker: 0.93, span: 0.93 },
  // Modern wire-style news (Voice of America, Wikinews, US government), speaker by label keys as the held-out sets are scored.
  modern: { recall: 0.94, speaker: 0.93, span: 0.9, reported: 0.93 },
  // Synthetic wire copy in the style of Reuters, AP, AFP, Xinhua, Anadolu and dpa, labelled blind by another helper.
  wire: { recall: 0.97, speaker: 0.94, span: 0.94, reported: 0.93 },
  // Two more sets of that kind, by two other helpers (wire services; broadcasters and newspapers); tuned on since.
  wire2: { recall: 0.98, speaker: 0.94, span: 0.95, reported: 0.93 },
  wire3: { recall: 0.98, speaker: 0.89, span: 0.95, reported: 0.88 },
  // Agency copy (dpa, Yonhap, PTI, Anadolu, ANSA, Reuters, AP, AFP) by a fourth helper: 0.815 speaker before its
  // errors were read, tuned on since. Recall 0.982 → 0.976 when "the bench" became a body: the sentence that only its
  // number ("its 46-page order") had made check-worthy is now credited to the bench and no longer passes.
  wire5: { recall: 0.97, speaker: 0.86, span: 0.9, reported: 0.8 },
  // Agency copy (Kyodo, EFE, Bloomberg, Interfax, Bernama, RFE/RL, Premium Times, Reuters) by a sixth helper: 0.812
  // speaker and 0.757 on reported speech before its errors were read.
  wire7: { recall: 0.97, speaker: 0.94, span: 0.89, reported: 0.93 },
  // AP, Reuters, AFP, Al Jazeera, dpa, ANI, Anadolu and Yonhap by an eighth helper: 0.895 speaker, 0.879 reported,
  // 0.876 span and via 0.3 before its errors were read.
  wire9: { recall: 0.96, speaker: 0.89, span: 0.87, reported: 0.87 },
  // Reuters, AP, AFP, Bloomberg, The Hindu, Dawn, Nation and the South China Morning Post by a tenth helper: 0.834
  // speaker, 0.816 reported, 0.857 span and via 0.90 before its errors were read.
  wire11: { recall: 0.95, speaker: 0.84, span: 0.85, reported: 0.82 },
}

describe('evaluation against hand labels', () => {
  it.each(Object.keys(FLOORS))('%s stays above its floor', (set) => {
    const score = scoreSet(set)
    console.table([row(score)])
    const floor = FLOORS[set]!
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall)
    expect(score.speaker).toBeGreaterThanOrEqual(floor.speaker)
    expect(score.span).toBeGreaterThanOrEqual(floor.span)
    if (floor.reported !== undefined) expect(score.reported).toBeGreaterThanOrEqual(floor.reported)
  })

  // blind2, modern-blind, wire-blind, wire4-blind, wire6-blind, wire8-blind and wire10-blind were never used to change a rule and their errors stay unread: the honest estimate for
  // unseen articles. Only their totals are printed; the floors catch a regression.
  it.each([
    ['blind2', { recall: 0.93, speaker: 0.9, span: 0.92 }],
    // Span 0.864 → 0.857 when a person before asides ("X, 71, who …, said") began to be credited: one label's span
    // moved to the reported clause, while speaker and reported speech each gained one.
    ['modern-blind', { recall: 0.93, speaker: 0.86, span: 0.85 }],
    ['wire-blind', { recall: 0.97, speaker: 0.85, span: 0.96 }],
    ['wire4-blind', { recall: 0.97, speaker: 0.87, span: 0.91 }],
    // Broadcasters and newspapers by a fifth helper: 0.868 speaker on the code before this set existed.
    ['wire6-blind', { recall: 0.97, speaker: 0.87, span: 0.94 }],
    // Xinhua, Jiji, The Canadian Press, The Straits Times, Politico Europe, Daily Maverick, Rappler and AFP by a
    // seventh helper: 0.775 speaker, 0.754 on reported speech, via 0 of 9 on the code before this set existed.
    ['wire8-blind', { recall: 0.96, speaker: 0.78, span: 0.91 }],
    // PTI, TASS, the Kyiv Independent, NHK World, Arab News, The EastAfrican, CBC and UPI by a ninth helper: 0.750
    // speaker, 0.703 reported, 0.852 span on the code before this set existed.
    ['wire10-blind', { recall: 0.97, speaker: 0.75, span: 0.85 }],
  ] as const)('keeps the never-read %s set above its floor', (set, floor) => {
    const score = scoreSet(set)
    console.table([row(score)])
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall)
    expect(score.speaker).toBeGreaterThanOrEqual(floor.speaker)
    expect(score.span).toBeGreaterThanOrEqual(floor.span)
  })
})
