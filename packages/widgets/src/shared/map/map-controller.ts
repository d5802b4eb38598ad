import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapPicture, MapPoint } from './map-geometry.js';

type Geometry = typeof import('./map-geometry.js');

// One copy per page: the boundaries load once, the first time any element shows a map.
let geometry: Geometry | undefined;
let loading: Promise<Geometry> | undefined;

/** Loads the map's chunk (the boundaries and the drawing) once per page. */
export function loadMapGeometry(): Promise<Geometry> {
  return (loading ??= import('./map-geometry.js').then(
    (module) => (geometry = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** How far outside the viewport a map starts loading (a fast scroll still finds it drawn). */
const NEAR = '800px 0px';

/**
 * Gives a host the map pictures it shows. The boundaries are not part of the
 * first load: call `want()` from `willUpdate` when a map will be shown; the
 * boundaries load when a map figure (`figure.service-map`) comes within about a
 * screen of the viewport, or when the page is printed, and the host updates
 * again once they have arrived (from the library's own files, no other host).
 * `picture()` is undefined until then.
 */
export class MapController implements ReactiveController {
  /** Set when the chunk could not be loaded; the map is then left out (its text stays). */
  failed = false;
  private memo = new Map<string, MapPicture | undefined>();
  private wanted = false;
  private observer: IntersectionObserver | undefined;
  private readonly onPrint = (): void => void this.load();

  constructor(private readonly host: ReactiveControllerHost & Partial<Pick<HTMLElement, 'shadowRoot'>>) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.wanted) addEventListener('beforeprint', this.onPrint);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    removeEventListener('beforeprint', this.onPrint);
  }

  /** After each update: watch the map figures now rendered, until the boundaries are there. */
  hostUpdated(): void {
    if (!this.wanted || geometry || this.failed) return;
    const figures = this.host.shadowRoot?.querySelectorAll('figure.service-map');
    if (!figures?.length) return;
    if (typeof IntersectionObserver === 'undefined') return void this.load();
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.load();
      },
      { rootMargin: NEAR },
    );
    for (const figure of figures) this.observer.observe(figure);
  }

  /** Whether the boundaries have arrived. */
  get ready(): boolean {
    return !!geometry;
  }

  /** A map will be shown: its boundaries load once it nears the viewport or the page is printed. */
  want(): void {
    if (this.wanted || geometry || this.failed) return;
    this.wanted = true;
    addEventListener('beforeprint', this.onPrint);
  }

  /** Before printing: loads the boundaries if a map is shown; resolves when they are there (or failed). */
  forPrint(): Promise<void> {
    return this.wanted ? this.load() : Promise.resolve();
  }

  private load(): Promise<void> {
    this.observer?.disconnect();
    this.observer = undefined;
    removeEventListener('beforeprint', this.onPrint);
    if (this.failed) return Promise.resolve();
    if (geometry) {
      // Loaded by another element on the page: draw this one's map now that it is near.
      this.host.requestUpdate();
      return Promise.resolve();
    }
    return loadMapGeometry().then(
      () => this.host.requestUpdate(),
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** The picture for served municipalities and site points, once loaded (memoized). */
  picture(municipalities: readonly string[], sites: readonly MapPoint[] = []): MapPicture | undefined {
    if (!geometry) return undefined;
    const key = `${municipalities.join(',')}|${sites.map((s) => `${s.lat},${s.lon}`).join(';')}`;
    if (!this.memo.has(key)) {
      if (this.memo.size > 50) this.memo.clear();
      this.memo.set(key, geometry.mapPicture(municipalities, sites));
    }
    return this.memo.get(key);
  }
}
