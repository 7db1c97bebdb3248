// An app's entry that bundles the widget (esbuild, like Vite does in production).
import '@slotkit/widget';

document.body.append(document.createElement('booking-widget'));
