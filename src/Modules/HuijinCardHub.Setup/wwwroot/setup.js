// Shows the connection string only for PostgreSQL, and the description of the chosen recipe.
(function () {
  var box = document.getElementById('connection-string');
  document.querySelectorAll('input[name="DatabaseProvider"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      box.hidden = document.querySelector('input[name="DatabaseProvider"]:checked').value !== 'Postgres';
    });
  });
  var recipe = document.getElementById('Recipe');
  recipe.addEventListener('change', function () {
    document.querySelectorAll('.recipe-description').forEach(function (d) {
      d.hidden = d.dataset.recipe !== recipe.value;
    });
  });
})();
