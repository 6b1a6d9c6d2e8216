// Who is signed in, shown in every page's header: "Sign in", or the person's name with "My bookings" (customers)
// and "Sign out". The gateway keeps the tokens in its session; the page never sees one.
import { t } from './i18n.js';

let current;

/** The signed-in person ({subject, name, email, roles, providerId}) or null; asked once per page. */
export function signedIn() {
  if (!current) {
    current = fetch('/api/v2/me', { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
  }
  return current;
}

/** The CSRF token the gateway asks for on the session's state-changing calls. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** The address that signs in and comes back to this page. */
export function signInHref() {
  return `/signin?${new URLSearchParams({ return: location.pathname + location.search })}`;
}

export function hasRole(person, ...roles) {
  return Boolean(person && (person.roles || []).some((role) => roles.includes(role)));
}

/** Fills the header's account area (an element with id "account"), again whenever the language changes. */
export async function showAccount(box = document.getElementById('account')) {
  if (!box) return null;
  const person = await signedIn();
  box.replaceChildren();
  if (!person) {
    const link = document.createElement('a');
    link.href = signInHref();
    link.id = 'signin-link';
    link.textContent = t('account.signIn');
    box.append(link);
    return null;
  }
  const who = document.createElement('span');
  who.id = 'signed-in-as';
  who.className = 'who';
  who.textContent = t('account.signedInAs', { name: person.name || person.email || person.subject });
  box.append(who);
  if (hasRole(person, 'CLIENT')) {
    const mine = document.createElement('a');
    mine.href = '/my-bookings.html';
    mine.textContent = t('account.myBookings');
    box.append(mine);
  }
  // a real form: the browser follows the gateway to the identity provider's sign-out and back
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.className = 'signout';
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  form.append(csrf);
  const button = document.createElement('button');
  button.type = 'submit';
  button.id = 'signout';
  button.className = 'secondary small';
  button.textContent = t('account.signOut');
  form.append(button);
  form.addEventListener('submit', () => { csrf.value = csrfToken(); });
  box.append(form);
  return person;
}
