// Bar charts as inline SVG, each with a table of the same numbers for screen readers.
import { t } from './i18n.js';
import { el } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
let counter = 0;

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * bars: [{label, value, display}] drawn as horizontal bars, longest first as given;
 * definition: what the figure counts, shown under its title.
 */
export function barChart(title, bars, definition) {
  counter += 1;
  const id = `chart-${counter}`;
  const figure = el('figure', { class: 'chart card' }, el('figcaption', { id: `${id}-title` }, el('h3', { text: title })),
    definition ? el('p', { class: 'hint', id: `${id}-definition`, text: definition }) : null);
  if (definition) figure.setAttribute('aria-describedby', `${id}-definition`);
  if (!bars.length || bars.every((bar) => !bar.value)) {
    figure.append(el('p', { class: 'hint', text: t('chart.empty') }));
    return figure;
  }
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 560;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title`, focusable: 'false' });
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 4;
    const length = Math.max(2, ((width - labelWidth - 90) * bar.value) / max);
    drawing.append(
      svg('text', { x: labelWidth - 6, y: y + 15, 'text-anchor': 'end' }, bar.label),
      svg('rect', { class: 'bar', x: labelWidth, y, width: length, height: rowHeight - 8, rx: 3 }),
      svg('text', { x: labelWidth + length + 6, y: y + 15 }, bar.display ?? String(bar.value)),
    );
  });
  const table = el('table', { class: 'visually-hidden' },
    el('caption', { text: title }),
    el('tbody', {}, bars.map((bar) => el('tr', {}, el('th', { scope: 'row', text: bar.label }), el('td', { text: bar.display ?? String(bar.value) })))));
  drawing.setAttribute('aria-hidden', 'true');
  figure.append(drawing, table);
  return figure;
}
