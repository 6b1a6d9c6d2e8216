// Every page's header: who is signed in, with "Sign in" / "Sign out", in the chosen language.
import { showAccount } from './account.js';

showAccount();
document.getElementById('lang')?.addEventListener('change', () => setTimeout(() => showAccount(), 0));
