// The peer page for `npm run bench -- lighthouse`: the same centre list as <fl-centre-finder>, built from
// Shoelace's input, select and card (cherry-picked, as their docs recommend), on the same feed. A fair, plain
// implementation: fetch, JSON.parse, render with the components; no validation, no languages.
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';

interface Centre {
  id: string;
  name: { nb: string };
  municipalities: string[];
  phone?: string;
  offers: string[];
}
interface Feed {
  centres: Centre[];
  offers: { id: string; label: { nb: string } }[];
  municipalities: { number: string; names: { no: string } }[];
}

const root = document.querySelector('#peer')!;
const feedUrl = root.getAttribute('data-feed')!;
const feed = (await (await fetch(feedUrl)).json()) as Feed;
const names = new Map(feed.municipalities.map((m) => [m.number, m.names.no]));
const offerNames = new Map(feed.offers.map((o) => [o.id, o.label.nb]));

const search = document.createElement('sl-input') as unknown as HTMLElement & { value: string };
search.setAttribute('label', 'Kommune, postnummer eller sentral');
const select = document.createElement('sl-select') as unknown as HTMLElement & { value: string | string[] };
select.setAttribute('label', 'Tilbud');
select.setAttribute('clearable', '');
for (const offer of feed.offers) {
  const option = document.createElement('sl-option') as unknown as HTMLElement & { value: string };
  option.value = offer.id;
  option.textContent = offer.label.nb;
  select.append(option);
}
const list = document.createElement('div');
root.append(search, select, list);

function render(): void {
  const q = search.value?.toLowerCase() ?? '';
  const offer = typeof select.value === 'string' ? select.value : '';
  list.replaceChildren(
    ...feed.centres
      .filter(
        (c) =>
          (!q || c.name.nb.toLowerCase().includes(q) || c.municipalities.some((m) => names.get(m)?.toLowerCase().includes(q))) &&
          (!offer || c.offers.includes(offer)),
      )
      .map((centre) => {
        const card = document.createElement('sl-card');
        const heading = document.createElement('strong');
        heading.slot = 'header';
        heading.textContent = centre.name.nb;
        const served = document.createElement('p');
        served.textContent = centre.municipalities.map((m) => names.get(m) ?? m).join(', ');
        const offers = document.createElement('p');
        offers.textContent = centre.offers.map((o) => offerNames.get(o) ?? o).join(', ');
        const phone = document.createElement('p');
        phone.textContent = centre.phone ?? '';
        card.append(heading, served, offers, phone);
        return card;
      }),
  );
}
search.addEventListener('sl-input', render);
select.addEventListener('sl-change', render);
render();
