// Behaviour for admin pages, kept out of the markup so a strict Content-Security-Policy needs no 'unsafe-inline'.
(function () {
    'use strict';

    // <form data-confirm="确定？"> asks before submitting.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    // <select data-autosubmit> submits its form when changed (filters).
    document.addEventListener('change', function (event) {
        var field = event.target;
        if (field && field.hasAttribute && field.hasAttribute('data-autosubmit') && field.form) {
            field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
        }
    });

    // A file chosen in <input type="file" data-fill-target="#id"> is read into that textarea, so it can be checked before running.
    document.addEventListener('change', function (event) {
        var input = event.target;
        var target = input && input.getAttribute ? input.getAttribute('data-fill-target') : null;
        if (!target || !input.files || input.files.length === 0) {
            return;
        }
        var area = document.querySelector(target);
        if (!area) {
            return;
        }
        input.files[0].text().then(function (text) { area.value = text; });
    });
})();
