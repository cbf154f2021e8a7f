/* The /timeline page: filters that follow the URL, and more days as you scroll.
 *
 * Everything scraped (quotes, tweets, names, URLs) is data: it reaches the page
 * only through textContent and setAttribute on elements made here, never as
 * markup, and a source becomes a link only when it is an http(s) URL.
 */
(function () {
  "use strict";

  var root = document.getElementById("timeline");
  if (!root || !window.fetch || !window.URLSearchParams) return;

  var FILTERS = ["q", "speaker", "kind", "outlet", "type"];
  var jsonUrl = root.getAttribute("data-json-url");
  var pageUrl = root.getAttribute("data-page-url");
  var pageSize = parseInt(root.getAttribute("data-page-size"), 10) || 60;
  var form = document.getElementById("filters");
  var daysEl = document.getElementById("days");
  var statusEl = document.getElementById("status");
  var jump = document.getElementById("jump");

  var state = { next: null, prev: null, loading: false, generation: 0, counts: {} };

  // -- small, safe DOM helpers ------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isWebUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s<>"']+$/i.test(url);
  }

  function isLocalPath(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" && url.charAt(1) !== "\\";
  }

  function link(href, className, text) {
    if (!isLocalPath(href) && !isWebUrl(href)) return el("span", className, text);
    var a = el("a", className, text);
    a.setAttribute("href", href);
    return a;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function sourceNode(item) {
    if (isWebUrl(item.source_url)) {
      var a = link(item.source_url, "source", "Source");
      a.setAttribute("rel", "noopener noreferrer nofollow");
      a.setAttribute("target", "_blank");
      return a;
    }
    if (item.source_text) {
      var span = el("span", "source unsafe", item.source_text);
      span.setAttribute("title", "Not a web link, shown as text");
      return span;
    }
    return null;
  }

  function append(parent, child) {
    if (child) parent.appendChild(child);
    return parent;
  }

  // -- items ---------------------------------------------------------------------------

  function renderEvent(item) {
    var card = el("article", "item event" + (item.status ? " status-" + item.status.replace(/[^a-z0-9-]/gi, "") : ""));
    card.setAttribute("data-kind", "event");
    card.setAttribute("data-id", item.id);
    card.setAttribute("data-cursor", item.cursor);
    var badges = el("div", "badges");
    if (item.type) badges.appendChild(el("span", "badge type", item.type));
    if (item.status) badges.appendChild(el("span", "badge status", item.status));
    card.appendChild(badges);
    card.appendChild(el("h3", "event-title", item.title));
    if (item.place || item.venue) {
      var where = [item.venue, item.place].filter(Boolean).join(", ");
      card.appendChild(el("p", "where", where));
    }
    var meta = el("p", "meta");
    if (item.sources !== null && item.sources !== undefined) meta.appendChild(el("span", "sources", plural(item.sources, "source")));
    meta.appendChild(link(item.row_url, "row", "Row"));
    append(meta, sourceNode(item));
    card.appendChild(meta);
    return card;
  }

  function renderQuote(item) {
    var fig = el("figure", "item " + (item.kind === "tweet" ? "tweet" : "quote"));
    fig.setAttribute("data-kind", item.kind);
    fig.setAttribute("data-id", item.id);
    fig.setAttribute("data-speaker", item.speaker_id || "");
    fig.setAttribute("data-cursor", item.cursor);
    var bq = el("blockquote");
    bq.appendChild(el("p", null, item.text));
    fig.appendChild(bq);
    var meta = el("figcaption", "meta");
    if (item.speaker_id) {
      var who = link(pageUrl + "?speaker=" + encodeURIComponent(item.speaker_id), "speaker", item.speaker);
      who.setAttribute("data-speaker", item.speaker_id);
      meta.appendChild(who);
    } else {
      meta.appendChild(el("span", "speaker", item.speaker));
    }
    meta.appendChild(el("span", "qkind", item.quote_kind || item.kind));
    if (item.outlet) meta.appendChild(el("span", "outlet", item.outlet));
    if (item.sources) meta.appendChild(el("span", "sources", plural(item.sources, "source")));
    meta.appendChild(link(item.row_url, "row", "Row"));
    append(meta, sourceNode(item));
    fig.appendChild(meta);
    return fig;
  }

  function renderItem(item) {
    return item.kind === "event" ? renderEvent(item) : renderQuote(item);
  }

  function daySection(item) {
    var section = el("section", "day");
    section.id = "day-" + item.date;
    section.setAttribute("data-date", item.date);
    var head = el("h2", "day-head");
    var time = el("time", null, item.date_label);
    time.setAttribute("datetime", item.date);
    head.appendChild(time);
    var count = state.counts[item.date];
    if (count) {
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", "count", plural(count, "item")));
    }
    section.appendChild(head);
    section.appendChild(el("div", "day-items"));
    return section;
  }

  function appendItems(items) {
    items.forEach(function (item) {
      var last = daysEl.lastElementChild;
      if (!last || !last.classList.contains("day") || last.getAttribute("data-date") !== item.date) {
        last = daySection(item);
        daysEl.appendChild(last);
      }
      last.querySelector(".day-items").appendChild(renderItem(item));
    });
  }

  function prependItems(items) {
    for (var i = items.length - 1; i >= 0; i--) {
      var item = items[i];
      var first = daysEl.firstElementChild;
      if (!first || !first.classList.contains("day") || first.getAttribute("data-date") !== item.date) {
        first = daySection(item);
        daysEl.insertBefore(first, daysEl.firstChild);
      }
      var box = first.querySelector(".day-items");
      box.insertBefore(renderItem(item), box.firstChild);
    }
  }

  // -- the URL and the filters --------------------------------------------------------

  function filterParams() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var field = form.elements[name];
      var value = field ? field.value.trim() : "";
      if (value) params.set(name, value);
    });
    return params;
  }

  function setUrl(date) {
    var params = filterParams();
    if (date) params.set("date", date);
    var query = params.toString();
    history.replaceState(null, "", pageUrl + (query ? "?" + query : ""));
  }

  function setSelect(select, value, label) {
    if (!select) return;
    var found = false;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) found = true;
    }
    if (!found && value) {
      var option = el("option", null, label || value);
      option.value = value;
      select.appendChild(option);
    }
    select.value = value;
  }

  function readCounts() {
    state.counts = {};
    if (!jump) return;
    for (var i = 0; i < jump.options.length; i++) {
      var o = jump.options[i];
      if (o.value) state.counts[o.value] = parseInt(o.getAttribute("data-count"), 10) || 0;
    }
  }

  function rebuildDays(days) {
    state.counts = {};
    var total = 0;
    if (jump) {
      var chosen = jump.value;
      while (jump.options.length > 1) jump.remove(1);
      days.forEach(function (d) {
        var option = el("option", null, d.label + " (" + d.count + ")");
        option.value = d.date;
        option.setAttribute("data-count", d.count);
        jump.appendChild(option);
      });
      jump.value = chosen;
      if (jump.value !== chosen) jump.value = "";
    }
    days.forEach(function (d) {
      state.counts[d.date] = d.count;
      total += d.count;
    });
    var totalEl = document.getElementById("total");
    var dayTotal = document.getElementById("day-total");
    if (totalEl) totalEl.textContent = plural(total, "item");
    if (dayTotal) dayTotal.textContent = plural(days.length, "day");
  }

  // -- the chart: bars for the current filters, drawn with DOM calls only -----------------

  var SVG_NS = "http://www.w3.org/2000/svg";

  function svgEl(name, attrs, text) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function redrawChart(chart, filtered) {
    var svg = root.querySelector("svg.chart-svg");
    if (!svg || !chart || !chart.series) return;
    var note = document.getElementById("chart-filtered");
    if (note) note.hidden = !filtered;
    var grid = svg.querySelector("g.grid");
    Array.prototype.slice.call(grid.querySelectorAll("line:not(.xtick), text.ylabel")).forEach(function (n) {
      grid.removeChild(n);
    });
    chart.yticks.forEach(function (t) {
      grid.insertBefore(svgEl("line", { x1: chart.left, x2: chart.right, y1: t.y, y2: t.y }), grid.firstChild);
      grid.appendChild(svgEl("text", { "class": "ylabel", x: chart.left - 8, y: t.y + 4, "text-anchor": "end" }, t.label));
    });
    chart.series.forEach(function (s) {
      var group = svg.querySelector('g.series[data-speaker="' + CSS.escape(s.id) + '"]');
      if (group) {
        while (group.firstChild) group.removeChild(group.firstChild);
        group.appendChild(svgEl("title", {}, s.name + ": " + s.total + " quotes"));
        s.bars.forEach(function (b) {
          group.appendChild(svgEl("rect", { x: b.x, y: b.y, width: b.w, height: b.h, rx: 1 }));
        });
      }
      var count = root.querySelector('.legend li[data-speaker="' + CSS.escape(s.id) + '"] .n');
      if (count) count.textContent = String(s.total);
    });
    var columns = svg.querySelectorAll("g.hit a title");
    chart.days.forEach(function (d, i) { if (columns[i]) columns[i].textContent = d.title; });
  }

  function setStatus(text) {
    if (statusEl) statusEl.textContent = text || "";
  }

  // -- pagers ----------------------------------------------------------------------------

  var earlierBox, moreBox;

  function pagerBox(id, className, linkId, text) {
    var box = document.getElementById(id);
    if (!box) {
      box = el("p", "pager " + className);
      box.id = id;
      var button = el("a", null, text);
      button.id = linkId;
      button.setAttribute("href", "#");
      box.appendChild(button);
    }
    return box;
  }

  function updatePagers() {
    if (state.prev) {
      if (!earlierBox.parentNode) daysEl.parentNode.insertBefore(earlierBox, daysEl);
    } else if (earlierBox.parentNode) {
      earlierBox.parentNode.removeChild(earlierBox);
    }
    moreBox.hidden = !state.next;
    var later = moreBox.querySelector("a");
    if (later) later.textContent = state.loading ? "Loading…" : "Later days ↓";
    if (!daysEl.querySelector(".day")) {
      if (!document.getElementById("empty")) {
        var empty = el("p", "empty", "Nothing matches these filters. ");
        empty.id = "empty";
        var all = link(pageUrl, null, "Show everything");
        all.addEventListener("click", function (event) {
          event.preventDefault();
          form.reset();
          FILTERS.concat(["date"]).forEach(function (n) { if (form.elements[n]) form.elements[n].value = ""; });
          reload("");
        });
        empty.appendChild(all);
        empty.appendChild(document.createTextNode("."));
        daysEl.appendChild(empty);
      }
    }
  }

  function fetchJson(params) {
    params.set("limit", String(pageSize));
    return fetch(jsonUrl + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok || !data.ok) throw new Error(data.error || "HTTP " + response.status);
          return data;
        });
      });
  }

  function loadNext() {
    if (state.loading || !state.next) return;
    state.loading = true;
    updatePagers();
    var generation = state.generation;
    var params = filterParams();
    params.set("after", state.next);
    fetchJson(params).then(function (data) {
      if (generation !== state.generation) return;
      appendItems(data.items);
      state.next = data.next;
      state.loading = false;
      updatePagers();
      setStatus("");
      maybeLoadMore();
    }).catch(function (error) {
      state.loading = false;
      updatePagers();
      setStatus("Could not load more: " + error.message);
    });
  }

  function loadEarlier() {
    if (state.loading || !state.prev) return;
    state.loading = true;
    var generation = state.generation;
    var params = filterParams();
    params.set("before", state.prev);
    fetchJson(params).then(function (data) {
      if (generation !== state.generation) return;
      var height = document.documentElement.scrollHeight;
      var y = window.scrollY;
      prependItems(data.items);
      state.prev = data.prev;
      state.loading = false;
      updatePagers();
      window.scrollTo(0, y + document.documentElement.scrollHeight - height);
    }).catch(function (error) {
      state.loading = false;
      setStatus("Could not load earlier days: " + error.message);
    });
  }

  function maybeLoadMore() {
    if (!state.next || moreBox.hidden) return;
    var top = moreBox.getBoundingClientRect().top;
    if (top < window.innerHeight + 800) loadNext();
  }

  function reload(date) {
    state.generation += 1;
    var generation = state.generation;
    state.loading = true;
    setUrl(date);
    var params = filterParams();
    if (date) params.set("date", date);
    params.set("days", "1");
    setStatus("Loading…");
    root.classList.add("is-loading");
    fetchJson(params).then(function (data) {
      if (generation !== state.generation) return;
      rebuildDays(data.days || []);
      redrawChart(data.chart, Object.keys(data.filters || {}).length > 0);
      while (daysEl.firstChild) daysEl.removeChild(daysEl.firstChild);
      appendItems(data.items);
      state.next = data.next;
      state.prev = data.prev;
      state.loading = false;
      root.classList.remove("is-loading");
      updatePagers();
      setStatus("");
      if (date) scrollToDay(date);
      maybeLoadMore();
    }).catch(function (error) {
      if (generation !== state.generation) return;
      state.loading = false;
      root.classList.remove("is-loading");
      setStatus("Could not load the timeline: " + error.message);
    });
  }

  function scrollToDay(date) {
    var section = daysEl.querySelector(".day");
    var sections = daysEl.querySelectorAll(".day");
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getAttribute("data-date") >= date) { section = sections[i]; break; }
    }
    if (section) section.scrollIntoView({ block: "start" });
  }

  // -- wiring ------------------------------------------------------------------------------

  function init() {
    readCounts();
    var later = document.getElementById("later");
    var earlier = document.getElementById("earlier");
    state.next = later ? later.getAttribute("data-cursor") : null;
    state.prev = earlier ? earlier.getAttribute("data-cursor") : null;
    earlierBox = earlier ? earlier.parentNode : pagerBox("earlier-box", "earlier", "earlier", "↑ Earlier days");
    moreBox = later ? later.parentNode : pagerBox("more", "later", "later", "Later days ↓");
    if (!moreBox.parentNode) daysEl.parentNode.insertBefore(moreBox, daysEl.nextSibling);
    earlierBox.querySelector("a").addEventListener("click", function (event) {
      event.preventDefault();
      loadEarlier();
    });
    moreBox.querySelector("a").addEventListener("click", function (event) {
      event.preventDefault();
      loadNext();
    });
    updatePagers();

    var timer = null;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      reload(jump ? jump.value : "");
    });
    form.addEventListener("change", function (event) {
      if (event.target.name === "q") return;
      if (event.target === jump) {
        reload(jump.value);
      } else {
        if (jump) jump.value = "";
        reload("");
      }
    });
    if (form.elements.q) {
      form.elements.q.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          if (jump) jump.value = "";
          reload("");
        }, 300);
      });
    }
    var reset = form.querySelector(".reset");
    if (reset) {
      reset.addEventListener("click", function (event) {
        event.preventDefault();
        FILTERS.concat(["date"]).forEach(function (n) { if (form.elements[n]) form.elements[n].value = ""; });
        reload("");
      });
    }

    // Speaker names, legend entries and chart days set the filters in place.
    root.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      var target = event.target.closest ? event.target.closest("a[data-speaker], a[data-date]") : null;
      if (!target || !root.contains(target)) return;
      event.preventDefault();
      if (target.hasAttribute("data-date")) {
        setSelect(jump, target.getAttribute("data-date"));
        reload(target.getAttribute("data-date"));
        return;
      }
      var speaker = target.getAttribute("data-speaker");
      setSelect(form.elements.speaker, speaker, target.textContent);
      if (target.closest(".legend")) form.elements.kind.value = "quote";
      if (jump) jump.value = "";
      reload("");
      form.scrollIntoView({ block: "start" });
    });

    if ("IntersectionObserver" in window) {
      new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) { if (entry.isIntersecting) loadNext(); });
      }, { rootMargin: "800px 0px" }).observe(moreBox);
    } else {
      window.addEventListener("scroll", maybeLoadMore, { passive: true });
    }

    var start = root.getAttribute("data-start-date");
    if (start) scrollToDay(start);
    root.setAttribute("data-ready", "1");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
