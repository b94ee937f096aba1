// The review page's "select all": ticks or clears every pending report's checkbox.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  all.addEventListener('change', function () {
    document.querySelectorAll('input[name="selected"]').forEach(function (box) {
      box.checked = all.checked;
    });
  });
});
