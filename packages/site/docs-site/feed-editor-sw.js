// The feed editor's service worker: it answers the editor page's own requests from the network and,
// when there is none, from the copy the page put in the cache (feed-editor.ts, keepForOffline), so the
// editor opens and works offline once it has been loaded. It controls only feed-editor.html (its scope)
// and touches no request to another host.
const CACHE = 'frisklivs-feed-editor-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).catch(() =>
      caches
        .open(CACHE)
        .then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((response) => response ?? Response.error()),
    ),
  );
});
