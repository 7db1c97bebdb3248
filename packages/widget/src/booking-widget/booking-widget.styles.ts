import { css } from 'lit';

// `all: initial` on the host keeps page CSS out; only custom properties
// (the --slotkit-* theme API) and `direction` cross the boundary.
// Tokens: a spacing unit and a type scale derived from two inputs, so a
// theme that changes them stays consistent. Colour pairs meet WCAG AA in
// both themes. The layout follows the widget's own width (container query).
export default css`
  :host {
    all: initial;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_u: var(--slotkit-space, 4px);
    --_s1: var(--_u);
    --_s2: calc(var(--_u) * 2);
    --_s3: calc(var(--_u) * 3);
    --_s4: calc(var(--_u) * 4);
    --_s5: calc(var(--_u) * 6);
    --_s6: calc(var(--_u) * 8);
    --_t: var(--slotkit-font-size, 15px);
    --_t-xs: calc(var(--_t) * 0.8);
    --_t-sm: calc(var(--_t) * 0.9);
    --_t-md: var(--_t);
    --_t-lg: calc(var(--_t) * 1.2);
    --_t-xl: calc(var(--_t) * 1.45);
    --_day: 2.6rem;
    --_bg: var(--slotkit-bg, #ffffff);
    --_fg: var(--slotkit-fg, #18181b);
    --_muted: #52525b;
    --_line: #e4e4e7;
    --_surface: #f6f6f7;
    --_ok-bg: #ecfdf3;
    --_ok-fg: #166534;
    --_bad-bg: #fef2f2;
    --_bad-fg: #b42318;
    --_error: #b42318;
    --_dot: #2563eb;
    --_focus: var(--_accent);
    --_radius: var(--slotkit-radius, var(--_venue-radius, 10px));
    --_radius-s: calc(var(--_radius) * 0.6);
    --_tint: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
    container-type: inline-size;
    box-sizing: border-box;
    padding: var(--_s5);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: var(--_t) / 1.5
      var(--slotkit-font, var(--_venue-font, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    text-align: start;
  }
  .dark {
    --_bg: var(--slotkit-bg, #17171a);
    --_fg: var(--slotkit-fg, #f4f4f5);
    --_muted: #b4b4bc;
    --_line: #34343a;
    --_surface: #222226;
    --_ok-bg: #12301f;
    --_ok-fg: #a7f3c0;
    --_bad-bg: #3b1614;
    --_bad-fg: #fca5a5;
    --_error: #fca5a5;
    --_dot: #93c5fd;
    --_focus: #f4f4f5;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2 {
    margin: 0 0 var(--_s3);
    font-size: var(--_t-lg);
    font-weight: 650;
    letter-spacing: -0.01em;
  }
  h3 {
    margin: 0 0 var(--_s3);
    font-size: var(--_t-md);
    font-weight: 600;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .venue,
  .note,
  .hint,
  .meta,
  .desc,
  dd {
    color: var(--_muted);
  }
  .venue {
    font-size: var(--_t-xs);
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    font-size: var(--_t-xl);
    font-weight: 700;
    letter-spacing: -0.02em;
    line-height: 1.2;
  }
  .meta {
    display: flex;
    margin: 0;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s3);
    font-size: var(--_t-sm);
  }
  .meta span + span::before {
    content: '·';
    margin-inline-end: var(--_s3);
  }
  .desc {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    font-size: var(--_t-sm);
  }
  /* Layout: two panes from 720px of widget width, one column below. */
  .panes {
    display: grid;
    gap: var(--_s5);
  }
  @container (min-width: 720px) {
    .panes {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      gap: var(--_s6);
    }
    .times-pane,
    .pane + section.pane {
      padding-inline-start: var(--_s6);
      border-inline-start: 1px solid var(--_line);
    }
  }
  .pane {
    display: grid;
    align-content: start;
    gap: var(--_s5);
    min-inline-size: 0;
  }
  .details {
    display: grid;
    gap: var(--_s3);
  }
  .intro {
    display: grid;
    gap: var(--_s1);
  }
  .pic {
    display: grid;
    inline-size: 100%;
    place-items: center;
    overflow: hidden;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius-s);
    background: linear-gradient(135deg, var(--_accent), color-mix(in srgb, var(--_accent) 55%, #000));
    color: var(--_on-accent);
    font-size: 2rem;
    font-weight: 700;
  }
  .pic.banner {
    aspect-ratio: 21 / 8;
  }
  .pic img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* Activity cards (venue mode). */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: var(--_s4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    align-content: start;
    gap: var(--_s2);
    inline-size: 100%;
    block-size: 100%;
    padding: var(--_s2) var(--_s2) var(--_s4);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-weight: 400;
    text-align: start;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.05);
  }
  .card:hover {
    border-color: var(--_accent);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.1);
  }
  .card > :not(.pic) {
    margin-inline: var(--_s2);
  }
  .card .name {
    font-size: var(--_t-lg);
    letter-spacing: -0.01em;
  }
  .card .desc {
    -webkit-line-clamp: 2;
  }
  /* Buttons. */
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_s2);
    min-block-size: 2.75rem;
    padding: var(--_s2) var(--_s4);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 550;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 0.15s,
      border-color 0.15s,
      box-shadow 0.15s;
  }
  button:hover,
  .button:hover {
    border-color: var(--_muted);
  }
  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 650;
  }
  .primary:hover {
    border-color: var(--_accent);
    box-shadow: 0 4px 14px color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .link {
    min-block-size: 2rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .backlink {
    justify-self: start;
    color: var(--_muted);
    font-size: var(--_t-sm);
  }
  [aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  /* Times. */
  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: var(--_s2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .slot {
    flex-direction: column;
    align-items: flex-start;
    gap: 0;
    inline-size: 100%;
    padding: var(--_s2) var(--_s3);
  }
  .slot .time {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .slot .left {
    font-size: var(--_t-xs);
    color: var(--_muted);
    font-weight: 500;
  }
  .slot:not([aria-disabled='true']):hover {
    border-color: var(--_accent);
  }
  .slot.on {
    border-color: var(--_accent);
    background: var(--_tint);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .slot[aria-disabled='true'] .left {
    text-decoration: line-through;
  }
  .hint {
    padding: var(--_s5) var(--_s4);
    border: 1px dashed var(--_line);
    border-radius: var(--_radius-s);
    text-align: center;
  }
  /* Notices: errors red, news calm. */
  .notice.on {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s2) var(--_s4);
    margin-block-end: var(--_s4);
    padding: var(--_s3) var(--_s4);
    border-radius: var(--_radius-s);
    background: var(--_bad-bg);
    color: var(--_bad-fg);
    font-weight: 550;
  }
  .notice.info {
    background: var(--_tint);
    color: var(--_fg);
  }
  /* Skeletons: the same elements as what replaces them, text as soft bars. */
  .sk,
  .sk-t {
    border-radius: var(--_radius-s);
    background: var(--_surface);
    color: transparent;
  }
  .sk-t.hint {
    border-color: transparent;
  }
  .card .sk-t {
    inline-size: 70%;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
