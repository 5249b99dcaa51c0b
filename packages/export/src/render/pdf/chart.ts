import type { ChartBlock } from '../../model/blocks.js';
import { CORRIDOR_COLOURS, PAGE } from '../layout.js';
import type { PdfCanvas } from './context.js';

const BAR = 12;
const GAP = 6;
const SIZE = 10;

/**
 * Draws a horizontal bar chart with labels on the left and one bar per row
 * filled with the corridor colour. The value follows the bar and the target
 * is a dark tick across it. An axis from 0 to `max` and a legend go below.
 */
export function drawChart(canvas: PdfCanvas, chart: ChartBlock, at: string): void {
  const doc = canvas.doc;
  const labelWidth = canvas.width * 0.32;
  const valueWidth = 52;
  const plotLeft = canvas.left + labelWidth + 6;
  const plotWidth = canvas.width - labelWidth - 6 - valueWidth;
  const rowHeights = chart.bars.map((bar) => Math.max(BAR, canvas.measure([{ text: bar.label }], { x: 0, width: labelWidth, size: SIZE })) + GAP);
  const height = PAGE.bodyPt * 2 + rowHeights.reduce((a, b) => a + b, 0) + 40;
  canvas.ensureSpace(Math.min(height, canvas.bottom - canvas.top));

  canvas.draw([{ text: chart.title, bold: true }], { x: canvas.left, width: canvas.width, align: 'left', size: 12 }, doc.y, `${at}.title`);
  doc.y += 6;
  const plotTop = doc.y;
  const scale = (value: number) => plotLeft + (Math.max(0, Math.min(value, chart.max)) / chart.max) * plotWidth;

  chart.bars.forEach((bar, index) => {
    const y = doc.y;
    const rowHeight = rowHeights[index] ?? BAR + GAP;
    canvas.draw([{ text: bar.label }], { x: canvas.left, width: labelWidth, align: 'right', size: SIZE }, y, `${at}.bars[${index}].label`);
    const barTop = y + (rowHeight - GAP - BAR) / 2;
    doc.save().rect(plotLeft, barTop, Math.max(0.5, scale(bar.value) - plotLeft), BAR).fill(`#${CORRIDOR_COLOURS[bar.colour]}`).restore();
    if (bar.target !== undefined) {
      const tick = scale(bar.target);
      doc.save().lineWidth(1.5).strokeColor('#202020').moveTo(tick, barTop - 2).lineTo(tick, barTop + BAR + 2).stroke().restore();
    }
    // The value goes after the bar or after the target tick, whichever is further right, so the tick never crosses it.
    const valueX = Math.max(scale(bar.value), bar.target === undefined ? 0 : scale(bar.target)) + 4;
    canvas.draw([{ text: bar.valueText }], { x: valueX, width: canvas.right - valueX, size: SIZE }, barTop + 1, `${at}.bars[${index}].value`);
    doc.y = y + rowHeight;
  });

  const axisY = doc.y;
  doc.save().lineWidth(0.5).strokeColor('#404040').moveTo(plotLeft, plotTop - 2).lineTo(plotLeft, axisY).lineTo(plotLeft + plotWidth, axisY).stroke().restore();
  canvas.draw([{ text: '0' }], { x: plotLeft - 20, width: 40, align: 'center', size: SIZE }, axisY + 2, at);
  canvas.draw([{ text: formatAxis(chart.max) }], { x: plotLeft + plotWidth - 30, width: 60, align: 'center', size: SIZE }, axisY + 2, at);
  doc.y = axisY + SIZE + 8;
  drawLegend(canvas, chart, at);
  doc.y += PAGE.bodyPt;
}

function drawLegend(canvas: PdfCanvas, chart: ChartBlock, at: string): void {
  const doc = canvas.doc;
  let x = canvas.left;
  const y = doc.y;
  for (const entry of chart.legend) {
    doc.save().rect(x, y + 1, 10, 8).fill(`#${CORRIDOR_COLOURS[entry.colour]}`).restore();
    canvas.use('regular', SIZE);
    const width = doc.widthOfString(entry.label) + 4;
    canvas.draw([{ text: entry.label }], { x: x + 14, width, size: SIZE }, y, `${at}.legend`);
    x += 14 + width + 14;
  }
  doc.save().lineWidth(1.5).strokeColor('#202020').moveTo(x + 4, y - 1).lineTo(x + 4, y + 11).stroke().restore();
  canvas.use('regular', SIZE);
  canvas.draw([{ text: chart.targetLabel }], { x: x + 10, width: doc.widthOfString(chart.targetLabel) + 4, size: SIZE }, y, `${at}.legend`);
  doc.y = y + SIZE + 6;
}

function formatAxis(value: number): string {
  return new Intl.NumberFormat('ru', { maximumFractionDigits: 1 }).format(value);
}
