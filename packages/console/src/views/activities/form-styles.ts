// The activity editor's layout: the form and, beside it on wide screens, the
// live widget preview (below it on phones).
import { css } from 'lit';

export const activityFormStyles = css`
  .editor {
    display: grid;
    gap: 20px;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 1100px) {
    .editor {
      grid-template-columns: minmax(0, 1fr) 400px;
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 16px;
    }
  }
  .form {
    display: grid;
    gap: 16px;
    min-width: 0;
  }
  .section h2 {
    margin-bottom: 12px;
  }
  .fields {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
    align-items: start;
  }
  .field {
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field input,
  .field select {
    width: 100%;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .field.check label {
    margin: 0;
    font-weight: 500;
  }
  /* 24 px: the WCAG 2.2 minimum target size. */
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
    flex: none;
    accent-color: var(--sk-accent);
  }
  fieldset {
    border: 1px solid var(--sk-border);
    border-radius: 8px;
    margin: 14px 0 0;
    padding: 10px 14px 14px;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 14px;
    margin: 0 0 12px;
  }
  .day-check {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .day-check label {
    margin: 0;
    font-weight: 500;
  }
  .days .field-error {
    flex-basis: 100%;
  }
  .rows {
    display: grid;
    gap: 8px;
    margin: 8px 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: end;
  }
  .row .field {
    flex: 1 1 130px;
  }
  .row .field.wide {
    flex: 3 1 220px;
  }
  .row .field.check {
    flex: 0 0 auto;
    align-self: center;
  }
  .row-name {
    flex: 0 0 100px;
    font-weight: 600;
    align-self: center;
  }
  .price {
    border-top: 1px solid var(--sk-border);
    padding: 12px 0;
  }
  .price:first-of-type {
    border-top: 0;
    padding-top: 0;
  }
  .hint {
    color: var(--sk-muted);
    font-size: 0.82rem;
    margin: 4px 0;
  }
  .button.small {
    min-height: 30px;
    padding: 3px 10px;
    font-size: 0.85rem;
    margin-top: 8px;
  }
  .save-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 10px 16px;
    align-items: center;
    justify-content: space-between;
  }
  .save-status {
    margin: 0;
    flex: 1 1 240px;
  }
  .save-status:focus {
    outline: none;
  }
  .preview h2 {
    margin-bottom: 2px;
  }
`;
