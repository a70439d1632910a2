// The home page's query editor: example queries into the text area, results as a table on the page.
document.getElementById('example').addEventListener('change', (event) => {
  const template = document.getElementById('q-' + event.target.value);
  if (template) document.getElementById('query').value = template.content.textContent;
});
// "A table on this page" runs the query here; every other format is the endpoint's own answer.
document.querySelector('form[action="/sparql"]').addEventListener('submit', async (event) => {
  if (document.getElementById('format').value !== 'table') return;
  event.preventDefault();
  const out = document.getElementById('results');
  const started = performance.now();
  out.replaceChildren(text('p', 'Running…', 'status'));
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
                 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: document.getElementById('query').value }),
    });
    const body = await response.text();
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      out.replaceChildren(text('p', `The endpoint answered ${response.status}:`, 'status'), text('pre', body));
    } else if ((response.headers.get('Content-Type') || '').includes('json')) {
      out.replaceChildren(...render(JSON.parse(body), ms));
    } else {
      out.replaceChildren(text('p', `Turtle, in ${ms} ms:`, 'status'), text('pre', body));
    }
  } catch (error) {
    out.replaceChildren(text('p', `The query could not be sent: ${error.message}`, 'status'));
  }
});
function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}
function render(results, ms) {
  if ('boolean' in results) return [text('p', `${results.boolean} (in ${ms} ms)`, 'status')];
  const vars = results.head.vars;
  const rows = results.results.bindings;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  vars.forEach((v) => head.appendChild(text('th', '?' + v)));
  const tbody = table.createTBody();
  rows.forEach((row) => {
    const tr = tbody.insertRow();
    vars.forEach((v) => {
      const cell = tr.insertCell();
      const term = row[v];
      if (!term) return;
      if (term.type === 'uri' && /^https?:/.test(term.value)) {
        const link = text('a', term.value);
        link.href = term.value.startsWith(location.origin) ? term.value.slice(location.origin.length) : term.value;
        cell.appendChild(link);
      } else {
        cell.textContent = term.value;
      }
    });
  });
  return [text('p', `${rows.length} row(s) in ${ms} ms`, 'status'), table];
}
