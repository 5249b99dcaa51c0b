/**
 * Page layout shared by the DOCX and PDF renderers, after ГОСТ Р 7.0.97-2016.
 * Margins are at least 20 mm top and bottom and 10 mm right, and 30 mm left
 * for documents kept long. Paragraphs have a 1.25 cm indent and 14 pt text.
 * Pages from the second on are numbered in the centre of the top margin, 10 mm from the edge.
 */
export const PAGE = {
  /** A4 in millimetres. */
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Distance of the page number from the top edge. */
  headerMm: 10,
  indentMm: 12.5,
  /** Width of the mark in the upper right corner (8 cm in the 2025 edition of the standard). */
  markWidthMm: 80,
  bodyPt: 14,
  tablePt: 12,
  pageNumberPt: 12,
} as const;

export const MM_TO_PT = 72 / 25.4;

export function mm(value: number): number {
  return value * MM_TO_PT;
}

/** Page width and height in millimetres for an orientation. */
export function pageSizeMm(orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  return orientation === 'portrait' ? { width: PAGE.widthMm, height: PAGE.heightMm } : { width: PAGE.heightMm, height: PAGE.widthMm };
}

/** Text width in millimetres: the page width less the left and right margins. */
export function textWidthMm(orientation: 'portrait' | 'landscape'): number {
  return pageSizeMm(orientation).width - PAGE.marginLeftMm - PAGE.marginRightMm;
}

/** Text height in millimetres: the page height less the top and bottom margins. */
export function textHeightMm(orientation: 'portrait' | 'landscape'): number {
  return pageSizeMm(orientation).height - PAGE.marginTopMm - PAGE.marginBottomMm;
}

/** Shares `total` between columns in proportion to their relative widths. */
export function columnWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((acc, width) => acc + width, 0) || 1;
  return relative.map((width) => (width / sum) * total);
}

/** Fill colours of corridor zones, as hex RGB without `#`. */
export const CORRIDOR_COLOURS = {
  green: '4E9A4E',
  yellow: 'E0B020',
  red: 'C8433A',
  none: 'A0A0A0',
} as const;
