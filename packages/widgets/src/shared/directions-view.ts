/**
 * "Vis vei": plain links to a site in Entur's travel planner, OpenStreetMap
 * and (on phones) the map app. Ordinary links, so nothing is requested before
 * the reader follows one; the same tab unless the editor asks for a new one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { directionLinks } from '../feed/directions.js';
import type { Site } from '../feed/schema.js';
import type { MsgFn } from '../i18n/messages.js';

export interface DirectionsOptions {
  /** Also offer the `geo:` link (phones; see `prefersMapApp`). */
  mapApp?: boolean;
  /** Open the links in a new tab (an editor's choice); default the same tab. */
  newTab?: boolean;
}

/** Whether the device is a touch device, where a `geo:` link opens the map app. */
export function prefersMapApp(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/** The "Vis vei" links for a site; `name` is the destination's name (the centre or the site). */
export function renderDirections(t: MsgFn, site: Site, name: string, options: DirectionsOptions = {}): TemplateResult {
  const links = directionLinks(site, name);
  const target = options.newTab ? '_blank' : undefined;
  const link = (href: string, text: string, kind: string) =>
    html`<li><a class=${kind} href=${href} target=${target ?? nothing} rel=${target ? 'noopener' : nothing}>${text}</a></li>`;
  // A labelled group, not a landmark: a result list would otherwise have one navigation landmark per result.
  return html`<div class="directions" part="directions" role="group" aria-label=${t('Vis vei', { id: 'directions.label' })}>
    <span class="directions-label" aria-hidden="true">${t('Vis vei', { id: 'directions.label' })}:</span>
    <ul>
      ${links.transit ? link(links.transit, t('Kollektivt (Entur)', { id: 'directions.transit' }), 'transit') : nothing}
      ${link(links.map, t('Kart (OpenStreetMap)', { id: 'directions.map' }), 'map')}
      ${options.mapApp ? link(links.geo, t('Åpne i kartappen', { id: 'directions.app' }), 'geo') : nothing}
    </ul>
  </div>`;
}
