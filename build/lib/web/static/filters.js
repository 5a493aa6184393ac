// A progressive extra: a change of sort order submits the search at once.
document.addEventListener("change", function (event) {
  var control = event.target;
  if (control.matches && control.matches("select[data-autosubmit]") && control.form) {
    control.form.submit();
  }
});
