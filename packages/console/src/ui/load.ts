// A list's or a page's data as one of four states (loading, error, empty, ready),
// so every view shows the same loading, error and empty states.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { defineMessages } from '../i18n/i18n.ts';
import { errorMessage } from './errors.ts';

const t = defineMessages({
  en: { loading: 'Loading…', retry: 'Try again', empty: 'Nothing here yet.' },
  es: { loading: 'Cargando…', retry: 'Reintentar', empty: 'Todavía no hay nada aquí.' },
  de: { loading: 'Wird geladen…', retry: 'Erneut versuchen', empty: 'Hier ist noch nichts.' },
});

export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

/** Runs a loader and re-renders its host on every state change; a newer run wins over an older one. */
export class Load<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  private run = 0;
  private last: (() => Promise<T>) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  async load(loader: () => Promise<T>): Promise<void> {
    this.last = loader;
    const run = ++this.run;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const value = await loader();
      if (run === this.run) this.state = { status: 'ready', value };
    } catch (error) {
      if (run === this.run) this.state = { status: 'error', error };
    }
    this.host.requestUpdate();
  }

  /** Runs the last loader again (the error state's "Try again"). */
  reload(): Promise<void> {
    return this.last ? this.load(this.last) : Promise.resolve();
  }
}

export interface RenderLoadOptions<T> {
  /** When the value counts as empty (default: an empty array). */
  readonly isEmpty?: (value: T) => boolean;
  /** What an empty list says, with what to do next. */
  readonly empty?: string | TemplateResult;
  readonly ready: (value: T) => unknown;
}

/** The loading skeleton, the error with a retry button, the empty state, or the content. */
export function renderLoad<T>(load: Load<T>, options: RenderLoadOptions<T>): unknown {
  const s = load.state;
  if (s.status === 'idle' || s.status === 'loading')
    return html`<p class="state state-loading" role="status">
      <span class="spinner" aria-hidden="true"></span>${t('loading')}
    </p>`;
  if (s.status === 'error')
    return html`<div class="state state-error" role="alert">
      <p>${errorMessage(s.error)}</p>
      <button type="button" class="button" @click=${() => load.reload()}>${t('retry')}</button>
    </div>`;
  const empty = options.isEmpty ? options.isEmpty(s.value) : Array.isArray(s.value) && s.value.length === 0;
  if (empty) return html`<p class="state state-empty">${options.empty ?? t('empty')}</p>`;
  return options.ready(s.value);
}
