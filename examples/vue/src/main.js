// The full build of Vue compiles the template in the browser; a Vite/SFC
// project compiles it ahead of time and needs only the runtime.
import { createApp } from 'vue/dist/vue.esm-bundler.js';
import { App, configure } from './app.js';

configure(createApp(App)).mount('#app');
