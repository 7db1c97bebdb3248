// Sign-in step in front of GraphiQL: the API key lives in sessionStorage only
// (gone when the tab closes) and travels as the Authorization header of every
// request GraphiQL sends, introspection included, so the docs show the admin schema.
// Framed by the console app's GraphQL tab (same origin, same sessionStorage) it
// starts signed in with the app's key, and signing out is the app's job.
(() => {
  if (window.top !== window) document.documentElement.classList.add('slotkit-framed');
  const STORAGE_KEY = 'slotkit.console.apiKey';
  const data = JSON.parse(document.getElementById('slotkit-data').textContent);
  const $ = (id) => document.getElementById(id);
  const form = $('slotkit-login');
  const errorLine = $('slotkit-login-error');

  async function probe(key) {
    let res;
    try {
      res = await fetch(data.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ organization { name } venues { id } bookings(first: 1) { nodes { id } } }' }),
      });
    } catch {
      throw new Error('The server cannot be reached.');
    }
    const body = await res.json().catch(() => null);
    if (body?.data?.organization) return body.data;
    const code = body?.errors?.[0]?.extensions?.code;
    throw new Error(
      code === 'UNAUTHENTICATED'
        ? 'This API key is unknown or revoked.'
        : `The server answered ${res.status}${code ? ` (${code})` : ''}.`,
    );
  }

  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };

  function fill(value, known) {
    if (typeof value === 'string') return Object.hasOwn(known, value) ? known[value] : value;
    if (Array.isArray(value)) return value.map((v) => fill(v, known));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, known)]));
    return value;
  }

  function start(key, info) {
    form.hidden = true;
    $('slotkit-bar').hidden = false;
    $('root').hidden = false;
    $('slotkit-org').textContent = info.organization.name;
    const known = { $TODAY: today() };
    if (info.venues[0]) known.$VENUE_ID = info.venues[0].id;
    if (info.bookings.nodes[0]) known.$BOOKING_ID = info.bookings.nodes[0].id;
    const defaultTabs = data.tabs.map((t) => ({
      query: t.query,
      variables: t.variables ? JSON.stringify(fill(t.variables, known), null, 2) : undefined,
    }));
    window.__slotkitRenderGraphiQL({
      title: 'Slotkit console',
      endpoint: data.endpoint,
      additionalHeaders: { Authorization: `Bearer ${key}` },
      defaultTabs,
      defaultQuery: defaultTabs[0]?.query,
      shouldPersistHeaders: false,
      subscriptionsProtocol: 'WS',
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('slotkit-key').value.trim();
    errorLine.textContent = '';
    try {
      const info = await probe(key);
      sessionStorage.setItem(STORAGE_KEY, key);
      start(key, info);
    } catch (err) {
      errorLine.textContent = err.message;
    }
  });

  $('slotkit-signout').addEventListener('click', () => {
    sessionStorage.removeItem(STORAGE_KEY);
    location.reload();
  });

  // GraphiQL keeps its tabs in localStorage; forgetting them brings the ready operations back.
  $('slotkit-reset').addEventListener('click', () => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('graphiql:')) localStorage.removeItem(k);
    location.reload();
  });

  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (saved) {
    probe(saved).then(
      (info) => start(saved, info),
      (err) => {
        sessionStorage.removeItem(STORAGE_KEY);
        form.hidden = false;
        errorLine.textContent = err.message;
      },
    );
  } else {
    form.hidden = false;
  }
})();
