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
// The formdata event edits what is sent, not the form, so Back shows the form as it was.
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
