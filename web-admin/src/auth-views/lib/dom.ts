// Small DOM helpers shared by the pages: element building (text only, never HTML strings),
// the alert region, busy buttons and following a navigation.
import type { Navigation } from './navigation';

type Child = Node | string | null | undefined | false;
const present = (c: Child): c is Node | string => c !== null && c !== undefined && c !== false;

type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (present(c)) e.append(c);
  return e;
}

// The labelled input of a form, with its label.
export function field(id: string, label: string, attributes: Attributes): HTMLDivElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, required: true, ...attributes }));
}

// A live region that screen readers announce; empty and hidden until a message is shown.
export function alertRegion(): { element: HTMLElement; show(text: string): void; clear(): void } {
  const element = h('p', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
  return {
    element,
    show(text) {
      element.textContent = text;
      element.hidden = false;
    },
    clear() {
      element.textContent = '';
      element.hidden = true;
    },
  };
}

// Disables the buttons while `work` runs and labels `button` with `busyLabel` meanwhile.
export async function busy<T>(button: HTMLButtonElement, busyLabel: string, others: HTMLButtonElement[], work: () => Promise<T>): Promise<T> {
  const label = button.textContent ?? '';
  const all = [button, ...others];
  for (const b of all) b.disabled = true;
  button.textContent = busyLabel;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    for (const b of all) b.disabled = false;
    button.textContent = label;
    button.removeAttribute('aria-busy');
  }
}

export function follow(navigation: Exclude<Navigation, { kind: 'invalid' }>): void {
  if (navigation.kind === 'redirect') {
    window.location.assign(navigation.url);
    return;
  }
  const form = h('form', { method: 'post', action: navigation.action, hidden: true });
  for (const [name, value] of navigation.fields) form.append(h('input', { type: 'hidden', name, value }));
  document.body.append(form);
  form.submit();
}

// Replaces the page's card content.
export function render(title: string, ...children: Child[]): void {
  document.title = title;
  const card = document.getElementById('app');
  if (!card) throw new Error('the page has no #app element');
  card.replaceChildren(h('h1', {}, title), ...children.filter(present));
  card.removeAttribute('aria-busy');
}
