/**
 * The intermediate document model. Every format renders the same blocks, so a
 * DOCX and a PDF of one document never disagree in content.
 */

/** Change mark of a run of text in a comparison table. */
export type ChangeMark = 'inserted' | 'deleted';

/** A run of text with one style. A `\n` inside `text` is a line break the renderer keeps. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mark?: ChangeMark;
}

/** Rich text: a sequence of runs. */
export type RichText = Inline[];

/** Source of a block's text in the model, such as `procedures[P-3].name`, named in errors. */
export interface Located {
  at?: string;
}

/** The mark in the upper right corner linking an annex to its parent document. */
export interface AnnexMarkBlock extends Located {
  type: 'annexMark';
  lines: string[];
}

/** The centred title of a document or an annex, printed in capitals. */
export interface TitleBlock extends Located {
  type: 'title';
  text: string;
  subtitle?: string;
}

/** A section heading; `numeral` is the Roman numeral («I», «II»). */
export interface HeadingBlock extends Located {
  type: 'heading';
  numeral?: string;
  text: string;
}

export type Alignment = 'justify' | 'left' | 'center' | 'right';

/** A paragraph of body text, justified with a first-line indent unless `align` or `indent` set otherwise. */
export interface ParagraphBlock extends Located {
  type: 'paragraph';
  content: RichText;
  align?: Alignment;
  indent?: boolean;
}

/** A numbered point: «7. Текст пункта». `level` 1 is a subpoint «1) …». */
export interface PointBlock extends Located {
  type: 'point';
  number: string;
  content: RichText;
  level?: 0 | 1;
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderer shares the text width in these proportions. */
  width: number;
  align?: Alignment;
}

/** A cell: one or more paragraphs of rich text. */
export type TableCell = RichText[];

/** A data row, or a group row spanning every column (a procedure heading in a tech card). */
export type TableRow = { kind: 'data'; cells: TableCell[]; at?: string } | { kind: 'group'; text: string; at?: string };

/**
 * A table whose header repeats on every page and whose rows are not split
 * across pages. `numberRow` adds the row of column numbers «1 2 3 …» under the header.
 */
export interface TableBlock extends Located {
  type: 'table';
  caption?: string;
  columns: TableColumn[];
  rows: TableRow[];
  numberRow?: boolean;
  /** Font size in points; body tables use 12. */
  fontSize?: number;
  /** A paragraph shown instead of the table when it has no rows. */
  emptyText?: string;
}

export interface PageBreakBlock extends Located {
  type: 'pageBreak';
}

export type CorridorColour = 'green' | 'yellow' | 'red' | 'none';

export interface ChartBar {
  label: string;
  value: number;
  target?: number;
  colour: CorridorColour;
  /** The value as the reader sees it, with its unit: «87,5 %». */
  valueText: string;
  targetText?: string;
}

/** A horizontal bar chart: one bar per row, coloured by corridor, with the target drawn as a tick. */
export interface ChartBlock extends Located {
  type: 'chart';
  title: string;
  bars: ChartBar[];
  /** The value at the right end of the axis. */
  max: number;
  legend: { colour: CorridorColour; label: string }[];
  targetLabel: string;
}

export type Block = AnnexMarkBlock | TitleBlock | HeadingBlock | ParagraphBlock | PointBlock | TableBlock | PageBreakBlock | ChartBlock;

export type DocumentKind = 'standard' | 'techCard' | 'indicatorReport' | 'comparisonTable';

/** A whole document ready for rendering into any format. */
export interface ExportDocument {
  kind: DocumentKind;
  /** The document title for file metadata (PDF Info, DOCX core properties, HTML `<title>`). */
  title: string;
  lang: 'ru' | 'en';
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}
