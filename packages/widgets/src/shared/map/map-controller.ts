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

/**
 * Gives a host the map pictures it shows. The boundaries are not part of the
 * first load: call `want()` from `willUpdate` when a map will be shown, and the
 * host updates again once they have arrived (from the library's own files, no
 * other host). `picture()` is undefined until then.
 */
export class MapController implements ReactiveController {
  /** Set when the chunk could not be loaded; the map is then left out (its text stays). */
  failed = false;
  private memo = new Map<string, MapPicture | undefined>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the boundaries have arrived. */
  get ready(): boolean {
    return !!geometry;
  }

  /** Starts loading the boundaries, if not yet there; the host updates when they arrive. */
  want(): void {
    if (geometry || this.failed) return;
    loadMapGeometry().then(
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
