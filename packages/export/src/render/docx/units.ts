/** Twentieths of a point per millimetre: the unit of page and indent sizes in DOCX. */
const TWIPS_PER_MM = 1440 / 25.4;

export function twips(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}
