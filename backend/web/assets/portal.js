// The citizen portal's only script. Every page works without it; it adds what a browser can do beyond forms:
// the "centres near me" search from the phone's location, and reading a photo of a QR code on the verify page.
'use strict';
(function () {
  var near = document.getElementById('near-me');
  if (near && 'geolocation' in navigator) {
    near.hidden = false;
    near.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var form = document.getElementById('slot-search');
        var params = new URLSearchParams();
        var moving = form.querySelector('input[name=reschedule]');
        if (moving) params.set('reschedule', moving.value);
        params.set('lat', position.coords.latitude.toFixed(5));
        params.set('long', position.coords.longitude.toFixed(5));
        params.set('date', form.querySelector('input[name=date]').value);
        window.location.assign(form.getAttribute('action') + '?' + params.toString() + '#results');
      }, function () {
        window.alert(near.getAttribute('data-failed'));
      }, { timeout: 15000, maximumAge: 600000 });
    });
  }
  var photo = document.getElementById('photo');
  if (photo) {
    photo.addEventListener('change', function (event) {
      var file = event.target.files[0];
      if (!file) return;
      fetch(photo.getAttribute('data-endpoint'), { method: 'POST', headers: { 'content-type': file.type || 'image/png' }, body: file })
        .then(function (response) { return response.json(); })
        .then(function (body) {
          var box = document.getElementById('result');
          box.textContent = body.message || body.error;
          box.className = body.result || 'error';
        });
    });
  }
})();
