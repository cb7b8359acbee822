/* 山间小记 main.js */
(function () {
  var toTop = document.getElementById('back-to-top');
  window.addEventListener('scroll', function () {
    if (!toTop) return;
    toTop.style.display = window.scrollY > 600 ? 'block' : 'none';
  });
  document.addEventListener('DOMContentLoaded', function () {
    var links = document.querySelectorAll('.entry-content a[href^="http"]');
    for (var i = 0; i < links.length; i++) { links[i].setAttribute('target', '_blank'); }
  });
})();
