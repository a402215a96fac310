// An ordering question: the learner puts items back in the order the author wrote them, moving one item at a time.

/** A fixed shuffle of `count` items that is never already in order, the same for the same seed (the question id). */
export function shuffledOrder(count: number, seed: string): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const next = () => {
    h = (Math.imul(h, 1664525) + 1013904223) >>> 0;
    return h;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // A shuffle that came out in order would be no question: turn it by one place.
  return isRightOrder(order) && count > 1 ? [...order.slice(1), order[0]!] : order;
}

/** Whether `order` (item indexes as shown, top to bottom) is a rearrangement of exactly `count` items. */
export function isOrderOf(order: unknown, count: number): order is number[] {
  return Array.isArray(order) && order.length === count && [...order].sort((a, b) => a - b).every((v, i) => v === i);
}

/** True when every item is in the place the author wrote it. */
export function isRightOrder(order: readonly number[]): boolean {
  return order.every((item, place) => item === place);
}

/** How many items are in their right place. */
export function placedRight(order: readonly number[]): number {
  return order.filter((item, place) => item === place).length;
}

/** The order with the item at `place` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem(order: readonly number[], place: number, by: -1 | 1): number[] {
  const to = place + by;
  if (place < 0 || place >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[place], next[to]] = [next[to]!, next[place]!];
  return next;
}

/** What a screen reader hears after a move: the item and where it now is. */
export function movedMessage(label: string, place: number, count: number): string {
  return `Moved to ${place + 1} of ${count}: ${label.trim()}`;
}

/** The feedback after a Check of a wrong order: how many items already sit right. */
export function orderFeedback(order: readonly number[]): string {
  const right = placedRight(order);
  return `${right} of ${order.length} ${right === 1 ? 'is' : 'are'} in the right place.`;
}
