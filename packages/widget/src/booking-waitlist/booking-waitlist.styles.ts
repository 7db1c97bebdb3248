import { css } from 'lit';

// Adopted into the booking widget's shadow root (the form renders in its light DOM, inside that root).
export default css`
  .waitlist {
    display: grid;
    gap: var(--_s3);
    margin-block-start: var(--_s4);
    padding: var(--_s4);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-s);
  }
  .waitlist .hint {
    padding: 0;
    border: 0;
    text-align: start;
  }
  .waitlist select {
    min-block-size: 2.75rem;
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_line);
    border-radius: var(--_radius-s);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
`;
