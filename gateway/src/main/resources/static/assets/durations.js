// The length a customer chooses for a service of variable length (hourly jobs): from the shortest to the longest
// the catalog allows, by its step. A service of fixed length offers no choice.
import { t } from './i18n.js';
import { el } from './format.js';

/** The lengths in minutes the customer may choose, or none when the service's length is fixed. */
export function lengthsOf(service) {
  if (!service) return [];
  const shortest = service.minDurationMinutes ?? service.minimumMinutes ?? null;
  const longest = service.maxDurationMinutes ?? service.maximumMinutes ?? null;
  const step = service.durationStepMinutes ?? service.incrementMinutes ?? null;
  const variable = service.priceModel === 'HOURLY' || service.type === 'HOURLY' || (shortest && longest && longest > shortest);
  if (!variable) return [];
  const from = shortest || service.durationMinutes;
  const to = longest || from;
  const by = step || 30;
  const lengths = [];
  for (let minutes = from; minutes <= to; minutes += by) lengths.push(minutes);
  return lengths;
}

/** Fills the labelled select with the service's lengths (keeping the chosen one) and shows it only when it matters. */
export function showLengths(box, select, service, chosen) {
  const lengths = lengthsOf(service);
  box.hidden = lengths.length === 0;
  select.replaceChildren(...lengths.map((minutes) => el('option', {
    value: String(minutes),
    text: t('service.duration', { minutes }),
    selected: String(minutes) === String(chosen),
  })));
}

/** The chosen length in minutes, or null for a service of fixed length. */
export function chosenLength(box, select) {
  return box.hidden || !select.value ? null : Number(select.value);
}
