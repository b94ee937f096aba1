// The path page's unit costs are typed in the budget form (a GET: computing changes nothing) and
// saved by a form of their own (a POST with its CSRF token): saving sends the costs as typed.
// Without JavaScript the saving form sends the costs the page was computed with.
document.addEventListener('DOMContentLoaded', function () {
  var costs = document.getElementById('costs-form');
  if (!costs) {
    return;
  }
  costs.addEventListener('submit', function () {
    ['rd', 'staff', 'ip', 'revenue'].forEach(function (name) {
      var typed = document.getElementById('cost-' + name);
      var sent = document.getElementById('costs-form-' + name);
      if (typed && sent) {
        sent.value = typed.value;
      }
    });
  });
});

// The scenario editor: certificates, registrations and platforms are counted, so a row of those
// kinds offers only "add" (the server refuses the other modes by the row's number).
document.addEventListener('DOMContentLoaded', function () {
  var counted = /^(HIGH_TECH|TECH_SME|PLATFORM:.*)$/;
  document.querySelectorAll('select.scenario-what').forEach(function (what) {
    var row = what.closest('tr');
    var mode = row && row.querySelector('select.scenario-mode');
    if (!mode) {
      return;
    }
    var offer = function () {
      var onlyAdd = counted.test(what.value);
      Array.from(mode.options).forEach(function (option) {
        option.disabled = onlyAdd && option.value !== 'ADD';
      });
      if (onlyAdd) {
        mode.value = 'ADD';
      }
    };
    what.addEventListener('change', offer);
    offer();
  });
});
