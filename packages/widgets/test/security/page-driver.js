// Loaded by the strict-CSP test page as a same-origin module (no inline script is
// allowed there). Mounts every element in every state and records CSP violations.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});

const states = {
  loading: [
    ['fl-centre-finder', { feed: '/slow-feed.json' }],
    ['fl-group-finder', { feed: '/slow-feed.json' }],
    ['fl-frisklivskort', { feed: '/slow-feed.json', centre: 'fls-5612' }],
    ['fl-follow-up-timeline', { feed: '/slow-feed.json', centre: 'fls-5612' }],
  ],
  results: [
    ['fl-centre-finder', { feed: '/demo/feed.json', municipality: '5612', 'show-language-switcher': '' }],
    ['fl-group-finder', { feed: '/demo/feed.json', lang: 'se' }],
    ['fl-frisklivskort', { feed: '/demo/feed.json', centre: 'fls-5612', lang: 'smj' }],
    ['fl-follow-up-timeline', { feed: '/demo/feed.json', centre: 'fls-5612', start: '2026-11-02', today: '2026-11-25' }],
  ],
  empty: [
    ['fl-group-finder', { feed: '/demo/feed.json', theme: 'no-such-theme' }],
    ['fl-frisklivskort', { feed: '/demo/feed.json', centre: 'no-such-centre' }],
    ['fl-centre-finder', { feed: '/demo/feed.json', municipality: '5614' }],
  ],
  error: [
    ['fl-centre-finder', { feed: '/missing-feed.json' }],
    ['fl-group-finder', { feed: '/broken-feed.json' }],
    ['fl-frisklivskort', { feed: '/missing-feed.json', centre: 'x' }],
    ['fl-follow-up-timeline', { feed: '/missing-feed.json', centre: 'x' }],
  ],
  print: [['fl-frisklivskort', { feed: '/demo/feed.json', centre: 'fls-0301', layout: 'print', paper: 'a6' }]],
};

for (const [state, elements] of Object.entries(states)) {
  const section = document.createElement('section');
  section.dataset.state = state;
  for (const [tag, attributes] of elements) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    section.append(element);
  }
  document.body.append(section);
}

await import('/dist/frisklivs-widgets.js');
window.__mounted = true;
