// Progressive enhancement for resident forms. Everything works without this file:
// it only moves focus to the error summary, shows/hides conditional questions live,
// updates computed fees and prevents a double submit.
(function () {
  "use strict";

  function foldDigits(text) {
    return String(text)
      .replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/[，,]/g, "")
      .replace(/．/g, ".")
      .trim();
  }

  function coerce(input) {
    var kind = input.getAttribute("data-kind");
    var value = input.value;
    if (kind === "number") {
      var folded = foldDigits(value);
      return folded !== "" && !isNaN(Number(folded)) ? Number(folded) : (value === "" ? null : value);
    }
    if (kind === "yesNo") { return value === "true"; }
    if (kind === "consent") { return true; }
    return value === "" ? null : value;
  }

  // Builds {"items": [{"size": "large"}], "applicant": {"family": "…"}} from input names.
  function setPath(root, path, value, append) {
    var parts = path.replace(/\]/g, "").split(/\.|\[/);
    var node = root;
    for (var i = 0; i < parts.length - 1; i++) {
      var key = parts[i];
      var nextIsIndex = /^\d+$/.test(parts[i + 1]);
      if (node[key] === undefined || node[key] === null || typeof node[key] !== "object") {
        node[key] = nextIsIndex ? [] : {};
      }
      node = node[key];
    }
    var last = parts[parts.length - 1];
    if (append) {
      if (!Array.isArray(node[last])) { node[last] = []; }
      node[last].push(value);
    } else {
      node[last] = value;
    }
  }

  function collect(form) {
    var data = {};
    try { data = JSON.parse(form.getAttribute("data-answers") || "{}"); } catch (e) { data = {}; }
    var seenGroups = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name], textarea[name], select[name]"), function (input) {
      var name = input.name;
      if (input.type === "hidden" || input.type === "file" || name === "action" || name === "__RequestVerificationToken") { return; }
      if (input.type === "checkbox" && input.getAttribute("data-kind") === "multipleChoice") {
        if (!seenGroups[name]) { seenGroups[name] = true; setPath(data, name, []); }
        if (input.checked) { setPath(data, name, input.value, true); }
        return;
      }
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) {
        if (!seenGroups[name]) { seenGroups[name] = true; setPath(data, name, null); }
        return;
      }
      seenGroups[name] = true;
      setPath(data, name, coerce(input));
    });
    return data;
  }

  function itemScope(element, data) {
    var holder = element.closest("[data-item-path]");
    if (!holder) { return null; }
    var path = holder.getAttribute("data-item-path").replace(/\]/g, "").split(/\.|\[/);
    var node = data;
    for (var i = 0; i < path.length && node != null; i++) { node = node[path[i]]; }
    return node || {};
  }

  function today() {
    // Dates are decided in Japan (JST, UTC+9, no daylight saving).
    var now = new Date(Date.now() + 9 * 3600 * 1000);
    return now.toISOString().slice(0, 10);
  }

  function formatComputed(value, format) {
    if (value === null || value === undefined || value === "") { return "—"; }
    var n = Number(value);
    if (isNaN(n)) { return String(value); }
    var text = n.toLocaleString("ja-JP", { maximumFractionDigits: 2 });
    return format === "yen" ? text + "円" : text;
  }

  function refresh(form) {
    var engine = window.MadoguchiExpressions;
    if (!engine) { return; }
    var data = collect(form);
    Array.prototype.forEach.call(form.querySelectorAll("[data-visible-when]"), function (el) {
      var source = el.getAttribute("data-visible-when");
      if (!source) { return; }
      var visible;
      try { visible = engine.evaluate(JSON.parse(source), data, { item: itemScope(el, data), today: today() }) === true; }
      catch (e) { visible = true; }
      el.hidden = !visible;
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-computed]"), function (el) {
      var value;
      try { value = engine.evaluate(JSON.parse(el.getAttribute("data-computed")), data, { item: itemScope(el, data), today: today() }); }
      catch (e) { value = null; }
      el.textContent = formatComputed(value, el.getAttribute("data-format"));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }

    Array.prototype.forEach.call(document.querySelectorAll("form[data-live-form]"), function (form) {
      refresh(form);
      form.addEventListener("input", function () { refresh(form); });
      form.addEventListener("change", function () { refresh(form); });
    });

    Array.prototype.forEach.call(document.querySelectorAll("form[data-submit-once]"), function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("data-submitting") === "true") { event.preventDefault(); return; }
        form.setAttribute("data-submitting", "true");
      });
    });
  });
})();
