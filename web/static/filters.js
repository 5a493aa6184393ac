// Progressive extras for the search form; without them the page works the same.

// A change of sort order submits the search at once.
document.addEventListener("change", function (event) {
  var control = event.target;
  if (control.matches && control.matches("select[data-autosubmit]") && control.form) {
    control.form.submit();
  }
});

// The URL a reader copies holds only what was chosen: an empty field, or a control left at
// its data-default (the sort), is left out (`?q=China`, not `?q=China&orador=&…&sort=relevance`).
// The formdata event edits what is sent, not the form: the form is never left changed.
document.addEventListener("formdata", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches("form.search")) {
    return;
  }
  var left = [];
  event.formData.forEach(function (value, name) {
    var control = form.elements[name];
    if (value === "" || (control && control.dataset && control.dataset.default === value)) {
      left.push(name);
    }
  });
  left.forEach(function (name) { event.formData.delete(name); });
});

// A facet's value is a link shown as a checkbox (templates/_facets.html): Space, a checkbox's key,
// follows it as Enter does (without this script Enter alone does, and Space scrolls).
document.addEventListener("keydown", function (event) {
  var link = event.target;
  if (event.key === " " && link.matches && link.matches("a[role=checkbox]")) {
    event.preventDefault();
    link.click();
  }
});

// Escape closes an open disclosure (the filters) and leaves the focus on its summary.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape" || !event.target.closest) {
    return;
  }
  var details = event.target.closest("details[open]");
  if (details) {
    details.open = false;
    details.querySelector("summary").focus();
  }
});

// Back and Forward show the form of the page's own URL. A page kept whole in the back/forward
// cache comes back with what was typed or chosen before it was left (Orador «Alomía», «Más
// recientes primero» over results without them), and the next search would send it unseen
// (trial34, 4); reset() gives each control back what the server wrote for this URL. A page
// loaded again is kept from the browser's restored form state by the form's autocomplete="off".
window.addEventListener("pageshow", function (event) {
  if (event.persisted) {
    document.querySelectorAll("form.search").forEach(function (form) { form.reset(); });
  }
});
