// "复制引用": copies the citation line. The button stays hidden without JavaScript or a clipboard;
// the citation text itself is always on the page to select by hand.
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var buttons = document.querySelectorAll('button[data-copy]');
    Array.prototype.forEach.call(buttons, function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var status = button.parentNode.querySelector('.citation-copied');
      if (!source || !navigator.clipboard || !navigator.clipboard.writeText) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) { status.textContent = '已复制'; }
        }, function () {
          if (status) { status.textContent = '无法复制，请手动选择上面的文字'; }
        });
      });
    });
  });
}());
