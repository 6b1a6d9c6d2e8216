// The attendees of a booking and what each of them needs (type, priority, details).
import { t } from './i18n.js';
import { el } from './format.js';

const TYPES = ['ACCESSIBILITY', 'LANGUAGE', 'MEDICAL', 'DIETARY', 'DOCUMENT', 'OTHER'];
const PRIORITIES = ['CRITICAL', 'HIGH', 'STANDARD'];

let counter = 0;

function requirementRow(attendeeId) {
  counter += 1;
  const id = `${attendeeId}-req-${counter}`;
  const row = el('div', { class: 'requirement' });
  row.append(
    el('div', {}, el('label', { for: `${id}-type`, text: t('field.reqType') }),
      el('select', { id: `${id}-type`, 'data-field': 'type' }, TYPES.map((type) => el('option', { value: type, text: t(`req.${type}`) })))),
    el('div', {}, el('label', { for: `${id}-priority`, text: t('field.reqPriority') }),
      el('select', { id: `${id}-priority`, 'data-field': 'priority' },
        PRIORITIES.map((p) => el('option', { value: p, text: t(`priority.${p}`), selected: p === 'STANDARD' })))),
    el('div', {}, el('label', { for: `${id}-details`, text: t('field.reqDetails') }),
      el('input', { id: `${id}-details`, 'data-field': 'details', maxlength: '500' })),
    el('button', { type: 'button', class: 'secondary small', text: t('req.remove'), onclick: () => row.remove() }),
  );
  return row;
}

function attendeeBlock(container, number) {
  counter += 1;
  const id = `att-${counter}`;
  const requirements = el('div', { class: 'requirements' });
  const block = el('fieldset', { class: 'attendee', 'data-attendee': id });
  block.append(
    el('legend', { text: t('attendee.title', { n: number }) }),
    el('label', { for: `${id}-name`, text: t('field.attendeeName') }),
    el('input', { id: `${id}-name`, 'data-field': 'name', autocomplete: 'off' }),
    el('label', { for: `${id}-email`, text: t('field.attendeeEmail') }),
    el('input', { id: `${id}-email`, 'data-field': 'email', type: 'email', autocomplete: 'off' }),
    requirements,
    el('button', { type: 'button', class: 'secondary small', text: t('req.add'), onclick: () => {
      const row = requirementRow(id);
      requirements.append(row);
      row.querySelector('select').focus();
    } }),
    el('button', { type: 'button', class: 'secondary small', text: t('attendee.remove'), onclick: () => {
      block.remove();
      renumber(container);
    } }),
  );
  return block;
}

function renumber(container) {
  container.querySelectorAll('fieldset.attendee > legend').forEach((legend, i) => {
    legend.textContent = t('attendee.title', { n: i + 1 });
  });
}

export function attendeeEditor(container) {
  return {
    add() {
      const block = attendeeBlock(container, container.querySelectorAll('fieldset.attendee').length + 1);
      container.append(block);
      return block;
    },
    /** Keeps exactly n attendee blocks (courses: one per seat), keeping what was typed in the first ones. */
    ensure(n) {
      const blocks = container.querySelectorAll('fieldset.attendee');
      for (let i = blocks.length; i < n; i += 1) this.add();
      for (let i = blocks.length - 1; i >= n; i -= 1) blocks[i].remove();
    },
    clear() {
      container.replaceChildren();
    },
    /** Shows the attendees a booking has, with what each of them needs, to be changed. */
    fill(people) {
      this.clear();
      (people || []).forEach((person) => {
        const block = this.add();
        block.querySelector('[data-field="name"]').value = person.name || '';
        block.querySelector('[data-field="email"]').value = person.email || '';
        const requirements = block.querySelector('.requirements');
        (person.requirements || []).forEach((need) => {
          const row = requirementRow(block.dataset.attendee);
          row.querySelector('[data-field="type"]').value = need.type;
          row.querySelector('[data-field="priority"]').value = need.priority;
          row.querySelector('[data-field="details"]').value = need.details || '';
          requirements.append(row);
        });
      });
    },
    read() {
      return [...container.querySelectorAll('fieldset.attendee')].map((block) => ({
        name: block.querySelector('[data-field="name"]').value.trim(),
        email: block.querySelector('[data-field="email"]').value.trim() || null,
        requirements: [...block.querySelectorAll('.requirement')].map((row) => ({
          type: row.querySelector('[data-field="type"]').value,
          priority: row.querySelector('[data-field="priority"]').value,
          details: row.querySelector('[data-field="details"]').value.trim(),
        })),
      })).filter((attendee) => attendee.name);
    },
  };
}

export const PRIORITY_ORDER = PRIORITIES;
