// The dyads explorer: reads the JSON API only; every text from the store is set with textContent.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { months: [], tie: null, cursor: null, filters: null, drawn: 0, picked: 0, shown: 0, listed: 0 };

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else if (key.startsWith("data-")) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) node.append(child);
    return node;
  }

  function apiUrl(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  }

  async function getJson(url) {
    const answer = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await answer.json();
    if (!answer.ok) throw new Error(body.error || `HTTP ${answer.status}`);
    return body;
  }

  function report(error) { $("status").textContent = error ? String(error.message || error) : ""; }

  // Only http and https links are ever made from stored URLs (never javascript: or data:).
  function safeHref(url) {
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) { return null; }
  }

  function tieColour(tie) {
    const lean = tie.events ? tie.net / tie.events : 0; // -1 all conflict .. 1 all cooperation
    return d3.scaleLinear().domain([-1, 0, 1]).range(["#c0392b", "#bbbbbb", "#2e86c1"])(lean);
  }

  function who(actor) { return actor ? (actor.code || actor.text) : "—"; }

  // ---- the time slider and the network --------------------------------------------------------
  function monthEnd(label) {
    const [y, m] = label.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${label}-${String(last).padStart(2, "0")}`;
  }

  function windowOf() {
    if (!state.months.length) return { since: null, until: null, label: "all time" };
    const end = Number($("slider").value);
    const span = Number($("span").value);
    const until = monthEnd(state.months[end]);
    const start = span ? Math.max(0, end - span + 1) : null;
    const since = start === null ? null : `${state.months[start]}-01`;
    return { since, until, label: `${since ? state.months[start] : "…"} .. ${state.months[end]}` };
  }

  async function drawNetwork() {
    const win = windowOf();
    $("slider-label").textContent = win.label;
    const params = { since: win.since, until: win.until, actors: $("actors").value };
    const url = apiUrl("/api/network", params);
    $("network-json").href = url;
    const asked = ++state.drawn;
    const network = await getJson(url);
    if (asked !== state.drawn) return; // a later move of the slider has asked since: its answer draws
    const svg = d3.select("#network");
    svg.selectAll("*").remove();
    svg.attr("data-window", win.label).attr("data-ties", network.ties.length);
    const width = 720, height = 460;
    if (!network.nodes.length) {
      svg.append("text").attr("x", 20).attr("y", 30).text("No ties in this window.");
      return;
    }
    const nodes = network.nodes.map((n) => ({ ...n }));
    const links = network.ties.map((t) => ({ ...t, source: t.a, target: t.b }));
    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((d) => d.key).distance(110))
      .force("charge", d3.forceManyBody().strength(-220))
      .force("x", d3.forceX(width / 2).strength(0.07))
      .force("y", d3.forceY(height / 2).strength(0.1))
      .force("collide", d3.forceCollide(26))
      .stop();
    for (let i = 0; i < 300; i += 1) simulation.tick(); // laid out once, then still: clicks land where drawn
    for (const n of nodes) { n.x = Math.max(24, Math.min(width - 24, n.x)); n.y = Math.max(24, Math.min(height - 24, n.y)); }
    const widest = d3.max(links, (l) => l.events) || 1;
    svg.append("g").selectAll("line").data(links).join("line")
      .attr("class", "tie")
      .attr("data-a", (d) => d.a).attr("data-b", (d) => d.b)
      .attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y)
      .attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y)
      .attr("stroke", tieColour)
      .attr("stroke-width", (d) => 4 + 8 * Math.sqrt(d.events / widest))
      .on("click", (event, d) => { selectTie(d.a, d.b).catch(report); })
      .append("title").text((d) => `${d.a}–${d.b}: ${d.events} events, ${d.cooperation} cooperative, ${d.conflict} conflictual`);
    // nodes above the ties, letting clicks through to them
    const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
      .attr("data-key", (d) => d.key).attr("transform", (d) => `translate(${d.x},${d.y})`);
    node.append("circle").attr("r", (d) => 5 + Math.min(8, Math.sqrt(d.events)));
    node.append("text").attr("dx", 11).attr("dy", 4).text((d) => d.key);
  }

  // ---- one tie: its timeline, its events, the first one's evidence -----------------------------
  async function selectTie(a, b) {
    state.tie = { a, b };
    d3.selectAll("line.tie").classed("selected", (d) => d.a === a && d.b === b);
    $("dyad-name").textContent = `${a} – ${b}`;
    const win = windowOf();
    const seriesUrl = apiUrl("/api/series", { source: a, target: b, direction: "both", actors: $("actors").value });
    const tieUrl = apiUrl("/api/network/tie", { a, b, since: win.since, until: win.until, actors: $("actors").value, limit: 100 });
    $("series-json").href = seriesUrl;
    $("tie-json").href = tieUrl;
    const asked = ++state.picked;
    const [series, events] = await Promise.all([getJson(seriesUrl), getJson(tieUrl)]);
    if (asked !== state.picked) return; // another tie was clicked since
    drawTimeline(series);
    const list = $("tie-events");
    list.replaceChildren(...events.map((e) => {
      const item = el("li", { text: `${e.date ? e.date.start : "undated"}  ${who(e.source)} ${e.code} ${who(e.target)}: ${e.name}`, "data-event": e.event_id });
      item.addEventListener("click", () => showEvent(e.event_id).catch(report));
      return item;
    }));
    if (events.length) await showEvent(events[events.length - 1].event_id);
  }

  function drawTimeline(series) {
    const svg = d3.select("#timeline");
    svg.selectAll("*").remove();
    const points = series.points;
    svg.attr("data-points", points.length).attr("data-dyad", `${series.source}-${series.target}`);
    const width = 720, height = 220, m = { l: 36, r: 36, t: 10, b: 24 };
    if (!points.length) { svg.append("text").attr("x", 20).attr("y", 30).text("No counted events."); return; }
    const x = d3.scaleBand().domain(points.map((p) => p.label)).range([m.l, width - m.r]).padding(0.15);
    const top = d3.max(points, (p) => Math.max(p.verbal_cooperation + p.material_cooperation, p.verbal_conflict + p.material_conflict)) || 1;
    const y = d3.scaleLinear().domain([-top, top]).range([height - m.b, m.t]);
    const g = d3.scaleLinear().domain([-10, 10]).range([height - m.b, m.t]);
    const bar = Math.min(x.bandwidth(), 36), inset = (x.bandwidth() - bar) / 2;
    svg.append("g").selectAll("rect").data(points).join("rect").attr("class", "bar cooperation")
      .attr("x", (p) => x(p.label) + inset).attr("width", bar)
      .attr("y", (p) => y(p.verbal_cooperation + p.material_cooperation)).attr("height", (p) => y(0) - y(p.verbal_cooperation + p.material_cooperation))
      .append("title").text((p) => `${p.label}: ${p.verbal_cooperation + p.material_cooperation} cooperative`);
    svg.append("g").selectAll("rect").data(points).join("rect").attr("class", "bar conflict")
      .attr("x", (p) => x(p.label) + inset).attr("width", bar)
      .attr("y", y(0)).attr("height", (p) => y(-(p.verbal_conflict + p.material_conflict)) - y(0))
      .append("title").text((p) => `${p.label}: ${p.verbal_conflict + p.material_conflict} conflictual`);
    const line = d3.line().defined((p) => p.goldstein_mean !== null)
      .x((p) => x(p.label) + x.bandwidth() / 2).y((p) => g(p.goldstein_mean));
    svg.append("path").datum(points).attr("class", "goldstein").attr("d", line);
    svg.append("g").selectAll("circle").data(points.filter((p) => p.goldstein_mean !== null)).join("circle")
      .attr("class", "goldstein-point").attr("r", 3)
      .attr("cx", (p) => x(p.label) + x.bandwidth() / 2).attr("cy", (p) => g(p.goldstein_mean))
      .append("title").text((p) => `${p.label}: mean Goldstein ${p.goldstein_mean.toFixed(2)}`);
    const every = Math.ceil(points.length / 12);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.b})`)
      .call(d3.axisBottom(x).tickValues(points.filter((_, i) => i % every === 0).map((p) => p.label)));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(4).tickFormat((v) => Math.abs(v)));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${width - m.r},0)`).call(d3.axisRight(g).ticks(4));
  }

  // ---- one event: the evidence sentence with its marks ----------------------------------------
  async function showEvent(eventId) {
    const url = `/api/events/${encodeURIComponent(eventId)}`;
    $("event-json").href = url;
    const asked = ++state.shown;
    const detail = await getJson(url);
    if (asked !== state.shown) return; // another event was asked for since
    const e = detail.event;
    const box = $("evidence");
    const sentences = detail.evidence.map((ev) => el("p", { class: "sentence" },
      ...ev.segments.map((s) => (s.mark ? el("mark", { class: s.mark, text: s.text }) : document.createTextNode(s.text)))));
    const fact = (name, value) => [el("dt", { text: name }), el("dd", { text: value })];
    const facts = el("dl", { class: "facts" },
      ...fact("code", `${e.code} ${e.name}`),
      ...fact("Goldstein", e.goldstein === null ? "—" : String(e.goldstein)),
      ...fact("source", `${who(e.source)} (${e.source ? e.source.text : ""})`),
      ...fact("target", `${who(e.target)} (${e.target ? e.target.text : ""})`),
      ...fact("date", e.date ? `${e.date.start} (${e.date.precision})` : "undated"));
    const links = el("p", { class: "facts" });
    const article = detail.article;
    if (article) {
      const href = article.url ? safeHref(article.url) : null;
      if (href) links.append(el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: "the article at its source", id: "article-link" }), " · ");
      const read = el("button", { type: "button", text: `read the article (${article.doc_id})`, id: "read-article" });
      read.addEventListener("click", () => showArticle(article.doc_id).catch(report));
      links.append(read);
    }
    box.setAttribute("data-event", e.event_id);
    box.replaceChildren(...sentences, facts, links);
  }

  async function showArticle(docId) {
    const article = await getJson(`/api/articles/${encodeURIComponent(docId)}`);
    $("article").hidden = false;
    $("article-title").textContent = article.title || article.doc_id;
    $("article-meta").textContent = [article.published || "undated", article.outlet, article.byline, `${article.events} events`].filter(Boolean).join(" · ");
    $("article-text").textContent = article.text;
  }

  // ---- the event table -------------------------------------------------------------------------
  async function loadEvents(more) {
    if (!more) {
      state.filters = Object.fromEntries(new FormData($("filters")).entries());
      state.cursor = null;
      $("events-table").tBodies[0].replaceChildren();
    }
    const url = apiUrl("/api/events", { ...state.filters, limit: 25, cursor: state.cursor });
    $("events-json").href = url;
    const asked = ++state.listed;
    const page = await getJson(url);
    if (asked !== state.listed) return; // the filters changed since
    const rows = page.items.map((e) => {
      const row = el("tr", { "data-event": e.event_id },
        el("td", { text: e.date ? e.date.start : "" }), el("td", { text: who(e.source) }), el("td", { text: e.code }),
        el("td", { text: who(e.target) }), el("td", { text: e.name }), el("td", { text: e.goldstein === null ? "" : String(e.goldstein) }));
      row.addEventListener("click", () => showEvent(e.event_id).catch(report));
      return row;
    });
    $("events-table").tBodies[0].append(...rows);
    state.cursor = page.next_cursor;
    $("more").hidden = !page.next_cursor;
    $("events-count").textContent = `${$("events-table").tBodies[0].rows.length} of ${page.total} events`;
  }

  async function start() {
    const [info, stats] = await Promise.all([getJson("/api/info"), getJson("/api/stats")]);
    $("store-line").textContent = `${info.store}: ${stats.articles} articles, ${stats.dyadic_events} dyadic events, ${stats.dyads} dyads${info.writable ? " (accepts ingest)" : " (read-only)"}`;
    state.months = stats.months.map((m) => m.key);
    const slider = $("slider");
    slider.max = String(Math.max(0, state.months.length - 1));
    slider.value = slider.max;
    const redraw = () => { report(null); drawNetwork().catch(report); };
    slider.addEventListener("input", redraw);
    $("span").addEventListener("change", redraw);
    $("actors").addEventListener("change", redraw);
    $("filters").addEventListener("submit", (event) => { event.preventDefault(); report(null); loadEvents(false).catch(report); });
    $("more").addEventListener("click", () => loadEvents(true).catch(report));
    await Promise.all([drawNetwork(), loadEvents(false)]);
    document.body.setAttribute("data-ready", "yes");
  }

  document.addEventListener("DOMContentLoaded", () => { start().catch(report); });
})();
