/**
 * filter.js: an optional filter box for the index's table of models. The page reads the same without it (with
 * JavaScript off, there is no box to type in); it is a file of its own because the pages allow no inline script.
 */
export const FILTER_SCRIPT = `'use strict'
;(function () {
  var table = document.getElementById('models')
  if (!table || !table.tBodies[0]) return
  var rows = Array.prototype.slice.call(table.tBodies[0].rows)
  var box = document.createElement('div')
  box.className = 'filter'
  var label = document.createElement('label')
  label.htmlFor = 'model-filter'
  label.textContent = 'Filter models'
  var input = document.createElement('input')
  input.type = 'search'
  input.id = 'model-filter'
  input.autocomplete = 'off'
  input.placeholder = 'name contains…'
  var count = document.createElement('span')
  count.className = 'muted'
  count.setAttribute('aria-live', 'polite')
  box.appendChild(label)
  box.appendChild(input)
  box.appendChild(count)
  table.parentNode.parentNode.insertBefore(box, table.parentNode)
  function apply() {
    var words = input.value.trim().toLowerCase()
    var shown = 0
    rows.forEach(function (row) {
      var hide = words !== '' && (row.getAttribute('data-name') || '').indexOf(words) === -1
      row.hidden = hide
      if (!hide) shown++
    })
    count.textContent = words === '' ? '' : shown + ' of ' + rows.length + ' models'
  }
  input.addEventListener('input', apply)
})()
`
