import { css } from 'lit';

// The paying views' rules (tickets, form, hold, confirmation): they travel in
// the paying chunk and are adopted next to the widget's own styles. Tokens
// (--_*) come from booking-widget.styles.ts.
export default css`
  /* Tickets. */
  .tickets {
    display: grid;
    gap: var(--_s2);
    padding-block-start: var(--_s4);
    border-block-start: 1px solid var(--_line);
  }
  .tickets h2 {
    margin: 0;
  }
  .tier {
    display: grid;
    grid-template-columns: 1fr auto 2.25rem auto;
    align-items: center;
    gap: var(--_s2);
    padding-block: var(--_s2);
    border-block-end: 1px solid var(--_line);
  }
  .tier-name {
    font-weight: 550;
  }
  .step {
    inline-size: 2.75rem;
    padding: 0;
    border-radius: 999px;
    font-size: var(--_t-lg);
  }
  output {
    text-align: center;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .price {
    display: block;
    color: var(--_muted);
    font-size: var(--_t-sm);
    font-weight: 400;
  }
  .total {
    display: flex;
    justify-content: space-between;
    font-size: var(--_t-lg);
  }
  /* Promo code: field and Apply on one row; the discount like a summary line. */
  .promo .row {
    display: flex;
    gap: var(--_s2);
  }
  .promo input {
    flex: 1 1 auto;
    min-inline-size: 0;
    text-transform: uppercase;
  }
  .discount {
    display: flex;
    justify-content: space-between;
    margin: 0;
    color: var(--_ok-fg);
    font-weight: 550;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_s2);
    margin-block-start: var(--_s3);
  }
  .actions .primary {
    flex: 1 1 auto;
    max-inline-size: 20rem;
  }
  /* Forms. */
  form {
    display: grid;
    gap: var(--_s3);
  }
  .field {
    display: grid;
    gap: var(--_s1);
  }
  label {
    font-size: var(--_t-sm);
    font-weight: 550;
  }
  .check {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_s2);
  }
  .check label {
    font-weight: 400;
  }
  .check a,
  .check .error {
    grid-column: 2;
  }
  input {
    min-block-size: 2.75rem;
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  input[type='checkbox'] {
    min-block-size: 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error {
    color: var(--_error);
    font-size: var(--_t-sm);
    font-weight: 550;
  }
  /* Summary and confirmation. */
  .summary {
    display: grid;
    gap: var(--_s1);
    margin: 0;
    padding: var(--_s4);
    border-radius: var(--_radius-s);
    background: var(--_surface);
  }
  .summary dt {
    font-weight: 650;
  }
  dd {
    display: flex;
    justify-content: space-between;
    gap: var(--_s3);
    margin: 0;
    font-size: var(--_t-sm);
  }
  .summary .total {
    margin-block-start: var(--_s1);
    padding-block-start: var(--_s2);
    border-block-start: 1px solid var(--_line);
    color: var(--_fg);
    font-size: var(--_t-md);
  }
  .timer {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_s3);
    padding: var(--_s4);
    border-radius: var(--_radius-s);
    background: var(--_tint);
  }
  [role='timer'] {
    font-size: calc(var(--_t) * 2);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .urgent {
    background: var(--_bad-bg);
    color: var(--_bad-fg);
  }
  .urgent [role='timer'] {
    animation: pulse 1s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .hold {
    display: grid;
    align-content: start;
    gap: var(--_s3);
  }
  .success {
    display: grid;
    gap: var(--_s3);
    max-inline-size: 36rem;
    margin-inline: auto;
  }
  .success h2 {
    margin: 0;
    font-size: var(--_t-xl);
  }
  .tick {
    display: grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    background: var(--_ok-bg);
    color: var(--_ok-fg);
    font-size: 1.5rem;
    font-weight: 700;
  }
  .number {
    font-size: var(--_t-lg);
    letter-spacing: 0.06em;
  }
  .address .label {
    display: block;
    color: var(--_muted);
    font-size: var(--_t-xs);
    font-weight: 600;
    text-transform: uppercase;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
  }
`;
