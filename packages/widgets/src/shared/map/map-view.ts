/**
 * The map of the municipalities a centre serves: an SVG drawn from the
 * library's own boundary file (no map provider, no request elsewhere), with a
 * caption that says what the picture says ("Betjener Porsanger, Karasjok og
 * Lebesby") and «© Kartverket». The caption is there at once; the picture comes
 * when the boundaries have loaded.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { municipalityName } from '../../feed/localized.js';
import type { Municipality, Site } from '../../feed/schema.js';
import { compareNames } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { addressLine } from '../../feed/directions.js';
import { joinAnd } from '../list-format.js';
import type { MapController } from './map-controller.js';

export interface ServiceMapInput {
  /** The served municipalities (as found in the feed). */
  municipalities: readonly Municipality[];
  /** The centre's sites; those with coordinates get a pin. */
  sites?: readonly Site[];
}

/** "Betjener Porsanger, Karasjok og Lebesby. Oppmøtested: Storgata 1, 9700 LAKSELV." */
export function serviceMapText(t: MsgFn, locale: Locale, input: ServiceMapInput): string {
  const names = input.municipalities.map((m) => municipalityName(m, locale)).sort((a, b) => compareNames(a, b, locale));
  const serves = t(str`Betjener ${joinAnd(t, names)}.`, {
    id: 'map.serves',
    desc: 'Text alternative of the map: the municipalities shaded',
  });
  const pinned = (input.sites ?? []).filter((s) => s.lat !== undefined && s.lon !== undefined);
  if (!pinned.length) return serves;
  const list = pinned.map(addressLine).join('; ');
  const sites = selectPlural(locale, pinned.length, {
    one: t(str`Oppmøtested: ${list}.`, { id: 'map.sites.one' }),
    two: t(str`Oppmøtesteder: ${list}.`, { id: 'map.sites.two', desc: 'Dual form (used by Sámi locales)' }),
    other: t(str`Oppmøtesteder: ${list}.`, { id: 'map.sites.other' }),
  });
  return `${serves} ${sites}`;
}

/**
 * The map as a figure, or nothing without served municipalities. Call
 * `controller.want()` in `willUpdate` whenever this will be rendered.
 */
export function renderServiceMap(
  t: MsgFn,
  locale: Locale,
  controller: MapController,
  input: ServiceMapInput,
): TemplateResult | typeof nothing {
  if (!input.municipalities.length) return nothing;
  const pins = (input.sites ?? []).filter((s) => s.lat !== undefined && s.lon !== undefined).map((s) => ({ lat: s.lat!, lon: s.lon! }));
  const picture = controller.picture(
    input.municipalities.map((m) => m.number),
    pins,
  );
  return html`<figure class="service-map" part="map">
    <div class="map-frame">
      ${
        picture
          ? html`<svg viewBox=${picture.viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
              ${svg`<path class="land" d=${picture.land}></path>
                <path class="served" d=${picture.served}></path>
                <path class="borders" d=${picture.borders}></path>
                ${picture.pins.map((p) => svg`<circle class="pin" cx=${p.x} cy=${p.y} r=${picture.r}></circle>`)}`}
            </svg>`
          : nothing
      }
    </div>
    <figcaption>${serviceMapText(t, locale, input)} <small class="attribution">© Kartverket</small></figcaption>
  </figure>`;
}
