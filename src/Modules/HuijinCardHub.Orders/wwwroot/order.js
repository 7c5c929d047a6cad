// The order page's script, served as a file because the shop's CSP allows no inline script.
// An unpaid order waits for the payment's notification: the page never trusts its own address, it asks the shop
// for the order's state and reloads once it has changed. Delivered codes get a copy button.
(function () {
  'use strict';

  var summary = document.querySelector('[data-order-status]');
  if (summary && summary.getAttribute('data-order-status') === 'PendingPayment') {
    var statusUrl = location.pathname.replace(/\/+$/, '') + '/status';
    var poll = function () {
      setTimeout(function () {
        fetch(statusUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (state) {
            if (state && state.status !== 'PendingPayment') {
              location.reload();
            } else {
              poll();
            }
          })
          .catch(poll);
      }, 3000);
    };
    poll();
  }

  if (!navigator.clipboard) {
    return;
  }

  document.querySelectorAll('.codes .copy-code').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var parts = Array.prototype.map.call(button.parentNode.querySelectorAll('code'), function (code) { return code.textContent; });
      var label = button.textContent;
      navigator.clipboard.writeText(parts.join(' ')).then(function () {
        button.textContent = button.getAttribute('data-copied') || label;
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  });
})();
