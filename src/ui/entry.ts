/** The view chunk for the script tag (`dist/consentry-ui.js`): registers the view for the gate. */
import { mountView } from './mount.js';

(window as Window & { consentryView?: typeof mountView }).consentryView = mountView;
