import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

// Long enough that typing "10000" is announced once, short enough to follow a pause.
const ANNOUNCE_DELAY_MS = 800;

/** What a widget whose inputs live in the page address tells useUrlState: its pure model's functions, from src/lib. */
export interface UrlStateModel<Raw, State, Key> {
  /** The lesson's inputs, as the server rendered them. */
  initial: Raw;
  evaluate(raw: Raw): State;
  /** A shared link's inputs; each value the widget cannot use falls back to the lesson's and is listed. */
  read(search: string): { raw: Raw; rejected: Key[] };
  /** The query string for a valid state, keeping other parameters; undefined while an input is invalid. */
  write(search: string, state: State): string | undefined;
  /** What the live region says once the learner pauses. */
  announce(state: State): string;
}

/**
 * A widget's raw inputs, kept in the page address: a shared link is applied once the island runs (values it cannot use
 * leave the address and are listed in `rejected`), every valid change replaces the address, and a summary is announced
 * after a pause.
 */
export function useUrlState<Raw, State, Key>(model: UrlStateModel<Raw, State, Key>) {
  const [raw, setRaw] = useState(model.initial);
  const [rejected, setRejected] = useState<Key[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const mounted = useRef(false);
  const state = useMemo(() => model.evaluate(raw), [raw]);

  const replaceQuery = (next: State) => {
    const query = model.write(location.search, next);
    if (query !== undefined) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };

  useEffect(() => {
    const fromLink = model.read(location.search);
    // Only a link that changes something re-renders, so an ordinary visit announces nothing.
    if (JSON.stringify(fromLink.raw) !== JSON.stringify(raw)) setRaw(fromLink.raw);
    setRejected(fromLink.rejected);
    // The values it could not use leave the address, so the link the learner copies next is a good one.
    if (fromLink.rejected.length > 0) replaceQuery(model.evaluate(fromLink.raw));
  }, []);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    replaceQuery(state);
    const timer = setTimeout(() => setAnnouncement(model.announce(state)), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const reset = () => {
    setRaw(model.initial);
    setRejected([]);
  };
  return { raw, setRaw, state, rejected, announcement, reset };
}
