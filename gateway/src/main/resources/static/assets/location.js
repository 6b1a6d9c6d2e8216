// The customer's location for the address step. The browser is asked only when the customer presses "Use my
// location"; what it gives is sent as the address's lat/lng, so a mobile service prices the trip from where the
// customer is rather than from their postal code's centre. Browsers share a location only with https or localhost.
import { t } from './i18n.js';

// five decimals are about a metre: enough to price a trip, no more than needed
const round = (degrees) => Math.round(degrees * 1e5) / 1e5;

export function locationSharer({ use, forget, status }) {
  let shared = null;
  if (!('geolocation' in navigator)) {
    use.hidden = true;
  }

  function show(words) {
    status.textContent = words;
  }

  function forgetIt() {
    shared = null;
    forget.hidden = true;
    use.hidden = false;
    show('');
  }

  use.addEventListener('click', () => {
    use.disabled = true;
    show(t('location.asking'));
    navigator.geolocation.getCurrentPosition((position) => {
      shared = { lat: round(position.coords.latitude), lng: round(position.coords.longitude) };
      use.disabled = false;
      use.hidden = true;
      forget.hidden = false;
      show(t('location.shared', { metres: Math.round(position.coords.accuracy || 0) }));
      forget.focus();
    }, (error) => {
      use.disabled = false;
      show(error.code === 1 ? t('location.denied') : t('location.unavailable'));
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  });
  forget.addEventListener('click', () => {
    forgetIt();
    use.focus();
  });

  return {
    /** {lat, lng} when the customer shared where they are, else null. */
    coordinates: () => shared,
  };
}
