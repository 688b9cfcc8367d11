// The incident list, map and timeline. Reads /api/incidents with the form's filters.
'use strict';

(() => {
  const { el, api, incidentHref } = Sitrep;
  const PAGE_SIZE = 25;
  const PLOT_SIZE = 500; // incidents drawn on the map and the timeline
  const form = document.getElementById('filters');
  const fields = ['q', 'from', 'to', 'country', 'type', 'perpetrator', 'role'];
  let page = 1;
  let bbox = null;
  let world = null;
  let mapView = null;

  function query(extra) {
    const params = new URLSearchParams();
    for (const name of fields) {
      const value = document.getElementById(name).value.trim();
      if (value) params.set(name, value);
    }
    if (bbox) params.set('bbox', bbox.join(','));
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return params;
  }

  /** Keeps the filters in the address, so a search can be bookmarked and the back button works. */
  function saveState() {
    const params = query(page > 1 ? { page } : {});
    history.replaceState(null, '', params.toString() ? `?${params}` : './');
  }

  function loadState() {
    const params = new URLSearchParams(location.search);
    for (const name of fields) document.getElementById(name).value = params.get(name) ?? '';
    page = Number(params.get('page')) > 0 ? Number(params.get('page')) : 1;
    const b = params.get('bbox');
    bbox = b ? b.split(',').map(Number) : null;
  }

  async function refresh() {
    saveState();
    try {
      const [list, plot] = await Promise.all([
        api(`api/incidents?${query({ page, pageSize: PAGE_SIZE })}`),
        api(`api/incidents?${query({ pageSize: PLOT_SIZE })}`),
      ]);
      renderList(list);
      renderMap(plot.items);
      renderTimeline(plot.items);
    } catch (e) {
      document.getElementById('count').textContent = `Could not load incidents: ${e.message}`;
    }
  }

  function renderList(list) {
    const body = document.querySelector('#list tbody');
    body.replaceChildren(...list.items.map(i => el('tr', { 'data-id': i.id, class: i.role },
      el('td', null, Sitrep.dateText(i.date) || i.date.precision),
      el('td', null, el('a', { href: incidentHref(i.id), class: 'incident-link' }, i.title),
        i.role === 'background' ? el('span', { class: 'badge' }, 'background') : null),
      el('td', null, [i.location.name, i.location.country_code].filter(Boolean).join(', ')),
      el('td', null, i.event_type.gtd_attack_types.join(', ') || i.event_type.acled_event_type || ''),
      el('td', null, i.perpetrators.join(', ')),
      el('td', { class: 'num' }, i.killed ?? ''),
      el('td', { class: 'num' }, i.wounded ?? ''),
      el('td', { class: 'num' }, i.document_count))));
    const first = list.total === 0 ? 0 : (list.page - 1) * list.page_size + 1;
    const last = (list.page - 1) * list.page_size + list.items.length;
    document.getElementById('count').textContent = `${list.total} incident${list.total === 1 ? '' : 's'}`;
    document.getElementById('page-label').textContent = list.total ? `${first}–${last}` : '';
    document.getElementById('prev').disabled = list.page <= 1;
    document.getElementById('next').disabled = last >= list.total;
    document.getElementById('empty').hidden = list.total > 0;
  }

  // ------------------------------------------------------------------ map

  const radius = i => 3 + Math.sqrt((i.killed ?? 0) + (i.wounded ?? 0)) * 1.6;

  function renderMap(items) {
    const svg = d3.select('#map');
    const width = svg.node().clientWidth || 600;
    const height = Math.round(width * 0.5);
    svg.attr('viewBox', `0 0 ${width} ${height}`);
    if (!mapView) {
      const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
      const path = d3.geoPath(projection);
      const root = svg.append('g').attr('class', 'zoom');
      root.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
      if (world) {
        root.append('g').attr('class', 'countries').selectAll('path')
          .data(topojson.feature(world, world.objects.countries).features)
          .join('path').attr('d', path).append('title').text(d => d.properties.name);
      }
      const markers = root.append('g').attr('class', 'markers');
      let transform = d3.zoomIdentity;
      const zoom = d3.zoom().scaleExtent([1, 40]).translateExtent([[0, 0], [width, height]]).on('zoom', event => {
        transform = event.transform;
        root.attr('transform', transform);
        markers.selectAll('circle').attr('r', d => radius(d) / transform.k).attr('stroke-width', 1 / transform.k);
      });
      svg.call(zoom);
      mapView = {
        projection, markers,
        scale: () => transform.k,
        visibleBox: () => {
          const [[x0, y0], [x1, y1]] = [transform.invert([0, 0]), transform.invert([width, height])];
          const nw = projection.invert([x0, y0]);
          const se = projection.invert([x1, y1]);
          if (!nw || !se || nw.some(Number.isNaN) || se.some(Number.isNaN)) return null;
          const round = v => Math.round(v * 1000) / 1000;
          return [round(Math.max(-180, nw[0])), round(Math.max(-90, se[1])), round(Math.min(180, se[0])), round(Math.min(90, nw[1]))];
        },
      };
    }
    const located = items.filter(i => i.location.lat !== null && i.location.lon !== null)
      .sort((a, b) => radius(b) - radius(a));
    const k = mapView.scale();
    mapView.markers.selectAll('circle').data(located, d => d.id).join('circle')
      .attr('class', d => `marker ${d.role}`)
      .attr('cx', d => mapView.projection([d.location.lon, d.location.lat])[0])
      .attr('cy', d => mapView.projection([d.location.lon, d.location.lat])[1])
      .attr('r', d => radius(d) / k)
      .attr('stroke-width', 1 / k)
      .on('click', (_, d) => { location.href = incidentHref(d.id); })
      .selectAll('title').data(d => [d]).join('title')
      .text(d => `${d.title}\n${Sitrep.dateText(d.date)}\nkilled ${d.killed ?? '?'}, wounded ${d.wounded ?? '?'}`);
  }

  // ------------------------------------------------------------------ timeline

  function renderTimeline(items) {
    const svg = d3.select('#timeline');
    svg.selectAll('*').remove();
    const width = svg.node().clientWidth || 600;
    const height = 140;
    const margin = { left: 16, right: 16, top: 12, bottom: 24 };
    svg.attr('viewBox', `0 0 ${width} ${height}`);
    const dated = items.filter(i => i.date.start).map(i => ({ ...i, when: new Date(`${i.date.start}T00:00:00Z`) }));
    if (dated.length === 0) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('class', 'muted-text').attr('text-anchor', 'middle')
        .text('No dated incident among these (dates need a publication date).');
      return;
    }
    const extent = d3.extent(dated, d => d.when);
    if (+extent[0] === +extent[1]) extent[0] = d3.utcDay.offset(extent[0], -15), extent[1] = d3.utcDay.offset(extent[1], 15);
    const x = d3.scaleUtc().domain(extent).range([margin.left, width - margin.right]).nice();
    const y = d3.scalePoint().domain(['primary', 'background']).range([margin.top + 20, height - margin.bottom - 20]);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    svg.append('g').attr('class', 'dots').selectAll('circle').data(dated).join('circle')
      .attr('class', d => `marker ${d.role}`).attr('cx', d => x(d.when)).attr('cy', d => y(d.role)).attr('r', d => Math.min(14, radius(d)))
      .on('click', (_, d) => { location.href = incidentHref(d.id); })
      .append('title').text(d => `${d.title}\n${Sitrep.dateText(d.date)}`);
    const brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]]).on('end', event => {
      if (!event.selection || !event.sourceEvent) return;
      const [a, b] = event.selection.map(x.invert);
      document.getElementById('from').value = a.toISOString().slice(0, 10);
      document.getElementById('to').value = b.toISOString().slice(0, 10);
      page = 1;
      refresh();
    });
    svg.append('g').attr('class', 'brush').call(brush).lower();
  }

  // ------------------------------------------------------------------ wiring

  form.addEventListener('submit', e => { e.preventDefault(); page = 1; refresh(); });
  document.getElementById('clear').addEventListener('click', () => {
    for (const name of fields) document.getElementById(name).value = '';
    bbox = null;
    page = 1;
    refresh();
  });
  document.getElementById('prev').addEventListener('click', () => { page = Math.max(1, page - 1); refresh(); });
  document.getElementById('next').addEventListener('click', () => { page += 1; refresh(); });
  document.getElementById('in-view').addEventListener('click', () => {
    bbox = mapView?.visibleBox() ?? null;
    page = 1;
    refresh();
  });

  async function start() {
    loadState();
    try {
      world = await (await fetch('lib/countries-110m.json')).json();
    } catch { world = null; }
    api('api/status').then(s => {
      document.getElementById('status').textContent = `${s.incidents} incidents from ${s.documents} documents`;
    }).catch(() => {});
    refresh();
  }
  start();
})();
