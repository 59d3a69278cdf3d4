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

  // The repeating-group items an element sits in, outermost first (groups may nest).
  function itemScopes(element, data) {
    var holders = [];
    for (var node = element.closest("[data-item-path]"); node; node = node.parentElement && node.parentElement.closest("[data-item-path]")) {
      holders.unshift(node);
    }
    return holders.map(function (holder) {
      var path = holder.getAttribute("data-item-path").replace(/\]/g, "").split(/\.|\[/);
      var value = data;
      for (var i = 0; i < path.length && value != null; i++) { value = value[path[i]]; }
      return value || {};
    });
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
      try { visible = engine.evaluate(JSON.parse(source), data, { items: itemScopes(el, data), today: today() }) === true; }
      catch (e) { visible = true; }
      el.hidden = !visible;
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-computed]"), function (el) {
      var value;
      try { value = engine.evaluate(JSON.parse(el.getAttribute("data-computed")), data, { items: itemScopes(el, data), today: today() }); }
      catch (e) { value = null; }
      el.textContent = formatComputed(value, el.getAttribute("data-format"));
    });
  }

  // 郵便番号 → 住所: fills the empty parts of the same address from Madoguchi's own postal index.
  function postalLookup(input) {
    var group = input.getAttribute("data-postal-lookup");
    var digits = foldDigits(input.value).replace(/[-‐―−ー－〒\s]/g, "");
    if (!group || !/^\d{7}$/.test(digits) || input.getAttribute("data-looked-up") === digits) { return; }
    var form = input.form;
    var part = function (name) { return form.querySelector("[name='" + group + "." + name + "']"); };
    if (!part("prefecture")) { return; }
    input.setAttribute("data-looked-up", digits);
    fetch("/api/v1/postal-codes/" + digits, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (!body || !body.addresses || body.addresses.length === 0) { return; }
        var first = body.addresses[0];
        var fill = function (name, value) { var el = part(name); if (el && !el.value && value) { el.value = value; } };
        fill("prefecture", first.prefecture);
        fill("city", first.city);
        fill("street", body.addresses.length === 1 ? (first.isBusiness ? first.businessStreet : first.town) : "");
        var lang = document.documentElement.lang === "en";
        announce(input, body.addresses.length === 1
          ? (lang ? "The address was filled in from the postal code. Add the block number." : "郵便番号から住所を入力しました。番地などを続けて入力してください。")
          : (lang ? "This postal code covers several areas; enter the town." : "この郵便番号には複数の地域があります。町名を入力してください。"));
      })
      .catch(function () { /* the resident types the address by hand, as without JavaScript */ });
  }

  function announce(input, text) {
    var id = input.id + "-status";
    var status = document.getElementById(id);
    if (!status) {
      status = document.createElement("span");
      status.id = id;
      status.className = "hint";
      status.setAttribute("role", "status");
      input.insertAdjacentElement("afterend", status);
    }
    status.textContent = text;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }

    Array.prototype.forEach.call(document.querySelectorAll("form[data-live-form]"), function (form) {
      refresh(form);
      form.addEventListener("input", function () { refresh(form); });
      form.addEventListener("change", function (event) {
        refresh(form);
        if (event.target && event.target.hasAttribute && event.target.hasAttribute("data-postal-lookup")) { postalLookup(event.target); }
      });
      form.addEventListener("input", function (event) {
        if (event.target && event.target.hasAttribute && event.target.hasAttribute("data-postal-lookup")) { postalLookup(event.target); }
      });
    });

    Array.prototype.forEach.call(document.querySelectorAll("form[data-submit-once]"), function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("data-submitting") === "true") { event.preventDefault(); return; }
        form.setAttribute("data-submitting", "true");
      });
    });
  });
})();
