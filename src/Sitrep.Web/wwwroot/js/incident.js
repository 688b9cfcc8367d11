// The dossier of one incident: the reconciled record with its evidence, conflicts and their
// explanations, the figures across reports, quotes, and each source with its evidence highlighted.
'use strict';

(() => {
  const { el, api, safeLink, incidentHref } = Sitrep;
  const id = new URLSearchParams(location.search).get('id');
  const FIGURES = ['killed', 'killed_victims', 'killed_perpetrators', 'wounded', 'wounded_victims', 'wounded_perpetrators'];
  let documentsById = new Map();

  function figureText(f) {
    if (!f) return null;
    const q = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', at_most: 'at most ' }[f.qualifier] ?? '';
    if (f.qualifier === 'about' && f.high !== null && f.high !== f.value) return `${f.value} to ${f.high}`;
    return `${q}${f.value}`;
  }

  /** Evidence as short quotations, each naming its document. */
  function evidence(list) {
    if (!list?.length) return null;
    return el('ul', { class: 'evidence' }, list.map(e => el('li', null,
      el('q', null, e.text), ' ', el('a', { href: `#doc-${encodeURIComponent(e.document)}`, class: 'doc-ref' }, e.document))));
  }

  function row(label, value, evidenceList) {
    if (value === null || value === undefined || value === '') return null;
    return el('tr', null, el('th', null, label), el('td', null, el('div', null, value), evidence(evidenceList)));
  }

  function renderRecord(i) {
    document.title = `Sitrep: ${i.title}`;
    document.getElementById('title').textContent = i.title;
    document.getElementById('subtitle').replaceChildren(
      `${i.role === 'primary' ? 'Reported incident' : 'Background incident (mentioned by sources)'} · ${i.id} · ${i.documents.length} source${i.documents.length === 1 ? '' : 's'}`);
    const l = i.location;
    const date = [Sitrep.dateText(i.date), i.date.weekday, i.date.time, i.date.text ? `“${i.date.text}”` : null].filter(Boolean).join(' · ');
    const rows = [
      row('Event type', [i.event_type.gtd_attack_types.join(', '), `ACLED: ${i.event_type.acled_event_type} / ${i.event_type.acled_sub_event_type}`].filter(Boolean).join(' · '), i.event_type.evidence),
      row('Date', date ? `${date} (precision: ${i.date.precision})` : `unknown`, i.date.evidence),
      row('Location', [l.name, l.city, l.admin1, l.country, l.lat !== null ? `${l.lat}, ${l.lon}` : null].filter(Boolean).join(' · ') + ` (precision: ${l.precision})`, l.evidence),
      ...i.perpetrators.map(p => row('Perpetrator', `${p.name}${p.claimed ? ' (claimed)' : ''} · ${p.confidence}${p.aliases.length ? ` · also: ${p.aliases.join(', ')}` : ''}`, p.evidence)),
      ...i.targets.map(t => row('Target', [t.type, t.name].filter(Boolean).join(': '), t.evidence)),
      ...i.weapons.map(w => row('Weapon', [w.type, w.subtype].filter(Boolean).join(': '), w.evidence)),
      ...FIGURES.map(name => row(name.replace('_', ' '), figureText(i.casualties[name]), i.casualties[name]?.evidence)),
    ];
    if (i.related.length) {
      rows.push(el('tr', null, el('th', null, 'Related'), el('td', null, i.related.map((r, k) => [k ? ', ' : '', el('a', { href: incidentHref(r) }, r)]))));
    }
    document.querySelector('#fields tbody').replaceChildren(...rows.filter(Boolean));
  }

  function renderConflicts(i) {
    const panel = document.getElementById('conflicts');
    document.getElementById('conflicts-panel').hidden = i.conflicts.length === 0;
    panel.replaceChildren(...i.conflicts.map(c => el('div', { class: 'conflict' },
      el('h3', null, c.field.replace('_', ' ')),
      el('ul', null, c.values.map(v => el('li', null, el('strong', null, v.value), ' — ', el('q', null, v.text), ' ',
        el('a', { href: `#doc-${encodeURIComponent(v.document)}`, class: 'doc-ref' }, v.document)))),
      el('p', { class: 'resolution' }, el('strong', null, 'Settled on: '), c.resolution),
      el('p', { class: 'explanation' }, c.explanation))));
  }

  /** One line per casualty field across the reports, in publication order (report order where no date is known). */
  function renderHistory(i) {
    document.getElementById('history-panel').hidden = i.history.length === 0;
    document.querySelector('#history tbody').replaceChildren(...i.history.map(h => el('tr', null,
      el('td', null, h.published ?? 'unknown'), el('td', null, el('a', { href: `#doc-${encodeURIComponent(h.document)}`, class: 'doc-ref' }, h.document)),
      el('td', null, h.field), el('td', null, h.value))));
    const svg = d3.select('#history-chart');
    svg.selectAll('*').remove();
    const points = i.history.map(h => ({ ...h, n: parseInt(String(h.value).replace(/[^0-9]/g, ''), 10) })).filter(h => Number.isFinite(h.n));
    if (points.length === 0) return;
    // Reports in publication order, then by id (the same date for all when no source gives one).
    const published = new Map(i.history.map(h => [h.document, h.published ?? '']));
    const reports = [...new Set(i.history.map(h => h.document))]
      .sort((a, b) => published.get(a).localeCompare(published.get(b)) || (a < b ? -1 : a > b ? 1 : 0));
    const label = d => { const p = i.history.find(h => h.document === d)?.published; return p ? `${p.slice(0, 16)} ${d}` : d; };
    const width = svg.node().clientWidth || 640;
    const height = 220;
    const margin = { left: 40, right: 150, top: 12, bottom: 40 };
    svg.attr('viewBox', `0 0 ${width} ${height}`);
    const x = d3.scalePoint().domain(reports).range([margin.left, width - margin.right]).padding(0.4);
    const y = d3.scaleLinear().domain([0, d3.max(points, p => p.n)]).nice().range([height - margin.bottom, margin.top]);
    const color = d3.scaleOrdinal(d3.schemeTableau10);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickFormat(d => label(d).slice(0, 28)));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5));
    const series = d3.groups(points, p => p.field);
    const g = svg.append('g').attr('class', 'series');
    for (const [field, values] of series) {
      const line = d3.line().x(p => x(p.document)).y(p => y(p.n));
      const ordered = [...values].sort((a, b) => reports.indexOf(a.document) - reports.indexOf(b.document));
      // Totals solid, their parts dashed: a part equal to its total stays visible beside it.
      g.append('path').attr('class', 'line').attr('fill', 'none').attr('stroke', color(field)).attr('stroke-width', 2)
        .attr('stroke-dasharray', field.includes('_') ? '6 3' : null).attr('d', line(ordered));
      g.append('g').selectAll('circle').data(values).join('circle').attr('cx', p => x(p.document)).attr('cy', p => y(p.n)).attr('r', 4).attr('fill', color(field))
        .append('title').text(p => `${field}: ${p.value} (${p.document})`);
    }
    const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(${width - margin.right + 12},${margin.top})`);
    series.forEach(([field], k) => {
      const item = legend.append('g').attr('transform', `translate(0,${k * 18})`);
      item.append('rect').attr('width', 10).attr('height', 10).attr('fill', color(field));
      item.append('text').attr('x', 16).attr('y', 9).text(field);
    });
  }

  function renderQuotes(i) {
    document.getElementById('quotes-panel').hidden = i.quotes.length === 0;
    document.getElementById('quotes').replaceChildren(...i.quotes.map(q => el('li', null,
      el('blockquote', null, q.text),
      el('div', { class: 'muted' }, '— ', [q.speaker ?? 'unattributed', q.role].filter(Boolean).join(', '), ' · ',
        el('a', { href: `#doc-${encodeURIComponent(q.document)}`, class: 'doc-ref' }, q.document)))));
  }

  /**
   * The document's text cut at every span boundary; each piece is a text node, and a piece inside
   * evidence for this incident is a <mark> naming the fields it supports.
   */
  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const piece = text.slice(a, b);
      const covering = spans.filter(s => s.start <= a && s.end >= b);
      if (covering.length === 0) nodes.push(document.createTextNode(piece));
      else {
        const names = [...new Set(covering.map(s => s.field))];
        nodes.push(el('mark', { class: 'evidence-span', title: names.join(', '), 'data-fields': names.join(' ') }, piece));
      }
    }
    return nodes;
  }

  async function renderSources(incident, documents) {
    const container = document.getElementById('sources');
    container.replaceChildren();
    for (const meta of documents) {
      const section = el('article', { class: 'source', id: `doc-${encodeURIComponent(meta.id)}` },
        el('h3', null, meta.title ?? meta.id),
        el('p', { class: 'muted' }, [meta.outlet, meta.published, meta.relation === 'mentions' ? 'mentions this incident' : null, meta.id].filter(Boolean).join(' · '), ' ',
          meta.url ? safeLink(meta.url, 'original') : null));
      container.append(section);
      try {
        const doc = await api(`api/documents/${encodeURIComponent(meta.id)}`);
        documentsById.set(doc.id, doc);
        const spans = doc.spans.filter(s => s.incident === incident.id);
        section.append(el('div', { class: 'source-text' }, highlighted(doc.text, spans)));
      } catch (e) {
        section.append(el('p', { class: 'problem' }, `Could not load the document: ${e.message}`));
      }
    }
  }

  async function start() {
    if (!id) {
      document.getElementById('problem').hidden = false;
      document.getElementById('problem').textContent = 'No incident id in the address.';
      return;
    }
    try {
      const dossier = await api(`api/incidents/${encodeURIComponent(id)}`);
      const incident = dossier.incident;
      if (incident.id !== id) history.replaceState(null, '', incidentHref(incident.id)); // an old id, now merged into this record
      renderRecord(incident);
      renderConflicts(incident);
      renderHistory(incident);
      renderQuotes(incident);
      await renderSources(incident, dossier.documents);
      document.body.dataset.ready = 'true';
    } catch (e) {
      document.getElementById('problem').hidden = false;
      document.getElementById('problem').textContent = `Could not load incident ${id}: ${e.message}`;
      document.body.dataset.ready = 'true';
    }
  }
  start();
})();
