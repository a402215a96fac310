import type { ComponentChildren, ComponentType, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadIslandData } from './load-island-data';

/** Props every data island takes: where its data is, and the widget rendered on the server as the fallback. */
export interface IslandDataProps {
  /** The URL of the widget's data (from IslandData.astro). */
  src: string;
  /** The widget rendered on the server with its data: shown, as it is, until the live widget replaces it. */
  children?: ComponentChildren;
}

/** What the live widget gets besides its own props: the server-rendered copy it replaced, with what the learner did to it. */
export interface ReplacedCopy {
  replaced?: Element | undefined;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Makes an island of `Widget` that carries no data in the page: it shows the server-rendered widget (its children)
 * until it has fetched its data, then renders the live widget with it. Both render the same markup, so nothing moves,
 * and focus stays on the same control. `isData` checks the fetched JSON before the widget sees it; `failure` says
 * what the learner still has when the data cannot be loaded (offline before the file was cached, a broken host).
 */
export function withIslandData<D extends object, P extends object>(
  Widget: ComponentType<P & D & ReplacedCopy>,
  isData: (value: unknown) => value is D,
  failure: (props: P) => string,
): (props: P & IslandDataProps) => JSX.Element {
  return function DataIsland(props: P & IslandDataProps) {
    const { src, children, ...rest } = props;
    const [state, setState] = useState<{ data?: D; replaced?: Element | undefined; focus: number; failed?: boolean }>({ focus: -1 });
    const host = useRef<HTMLDivElement>(null);

    useEffect(() => {
      let live = true;
      loadIslandData(src)
        .then((data) => {
          if (!live) return;
          if (!isData(data)) throw new Error(`${src}: not this widget's data`);
          // Note what the learner was on before the live widget replaces the server-rendered copy.
          const root = host.current;
          const active = document.activeElement;
          const focus = root && active ? [...root.querySelectorAll(FOCUSABLE)].indexOf(active) : -1;
          setState({ data, replaced: root?.firstElementChild ?? undefined, focus });
        })
        .catch(() => {
          if (live) setState({ focus: -1, failed: true });
        });
      return () => {
        live = false;
      };
    }, [src]);

    // Same markup, same place: focus the control the learner was on, now in the live widget.
    useLayoutEffect(() => {
      if (state.data && state.focus >= 0) host.current?.querySelectorAll<HTMLElement>(FOCUSABLE)[state.focus]?.focus();
    }, [state.data]);

    if (state.data) {
      return (
        <div class="island-data" ref={host}>
          <Widget {...(rest as unknown as P)} {...state.data} replaced={state.replaced} />
        </div>
      );
    }
    return (
      <div class="island-data" data-loading ref={host}>
        {children}
        {state.failed && (
          <p class="island-data-failure" role="alert">
            {failure(rest as unknown as P)}
          </p>
        )}
      </div>
    );
  };
}
