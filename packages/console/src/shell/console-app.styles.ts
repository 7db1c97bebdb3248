import { css } from 'lit';

/** The frame: a sidebar beside the view on wide screens, a top bar with a scrolling nav on phones. */
export const shellStyles = css`
  .frame {
    display: grid;
    grid-template-columns: 232px 1fr;
    min-height: 100vh;
    /* The sidebar's colour all the way down, however long the page (the sidebar itself is sticky). */
    background: linear-gradient(to right, var(--sk-surface) 231px, var(--sk-border) 231px 232px, transparent 232px);
  }
  .sidebar {
    position: sticky;
    top: 0;
    height: 100vh;
    display: flex;
    flex-direction: column;
    gap: 16px;
    padding: 20px 14px;
    background: var(--sk-surface);
    border-right: 1px solid var(--sk-border);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 10px;
    font-weight: 700;
    padding: 0 8px;
    min-width: 0;
  }
  .org {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .logo {
    flex: none;
    width: 28px;
    height: 28px;
    border-radius: 8px;
    background: var(--sk-accent);
    color: var(--sk-on-accent);
    display: grid;
    place-items: center;
    font-weight: 800;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  nav a {
    display: block;
    padding: 8px 10px;
    border-radius: 8px;
    color: var(--sk-text);
    text-decoration: none;
    font-weight: 500;
  }
  nav a:hover {
    background: var(--sk-surface-2);
  }
  nav a.current {
    background: var(--sk-accent-soft);
    color: var(--sk-accent-strong);
    font-weight: 650;
  }
  .tools {
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .tools select {
    flex: 1;
  }
  .button.icon {
    width: 36px;
    justify-content: center;
    padding: 0;
  }
  main {
    padding: 28px 32px 48px;
    min-width: 0;
    max-width: 1200px;
    outline: none;
  }
  .skip {
    position: absolute;
    left: 8px;
    top: -48px;
    background: var(--sk-accent);
    color: var(--sk-on-accent);
    padding: 8px 12px;
    border-radius: 8px;
    z-index: 10;
  }
  .skip:focus {
    top: 8px;
  }
  @media (max-width: 800px) {
    .frame {
      grid-template-columns: minmax(0, 1fr);
      background: none;
    }
    .sidebar {
      min-width: 0;
      position: static;
      height: auto;
      padding: 12px;
      gap: 10px;
      border-right: 0;
      border-bottom: 1px solid var(--sk-border);
    }
    nav ul {
      display: flex;
      overflow-x: auto;
      gap: 4px;
    }
    nav a {
      white-space: nowrap;
    }
    .tools {
      margin-top: 0;
    }
    main {
      padding: 20px 14px 40px;
    }
  }
`;
