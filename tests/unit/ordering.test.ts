import { describe, expect, it } from 'vitest';
import { isOrderOf, isRightOrder, moveItem, movedMessage, orderFeedback, placedRight, shuffledOrder } from '../../src/lib/ordering';

describe('an ordering question', () => {
  it.each([2, 3, 4, 5, 8])('shows %i items in a shuffled order that is never already right, the same every time for one id', (count) => {
    for (const id of ['q-framework-order', 'q-a', 'ex-steps', 'q-zzz', 'q-1']) {
      const order = shuffledOrder(count, id);
      expect(isOrderOf(order, count), `${id}: ${order.join(',')}`).toBe(true);
      expect(isRightOrder(order), `${id}: ${order.join(',')}`).toBe(false);
      expect(shuffledOrder(count, id)).toEqual(order);
    }
  });

  it('shuffles differently for different ids', () => {
    const orders = new Set(['q-a', 'q-b', 'q-c', 'q-d', 'q-e', 'q-f'].map((id) => shuffledOrder(5, id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it.each([
    ['a move up', [2, 0, 1], 1, -1, [0, 2, 1]],
    ['a move down', [2, 0, 1], 0, 1, [0, 2, 1]],
    ['a move up from the top, which does nothing', [2, 0, 1], 0, -1, [2, 0, 1]],
    ['a move down from the bottom, which does nothing', [2, 0, 1], 2, 1, [2, 0, 1]],
    ['a move of a place that does not exist', [2, 0, 1], 7, 1, [2, 0, 1]],
  ] as const)('swaps an item with its neighbour on %s', (_what, order, place, by, next) => {
    expect(moveItem(order, place, by)).toEqual(next);
  });

  it.each([
    [[0, 1, 2], true, 3, '3 of 3 are in the right place.'],
    [[1, 0, 2], false, 1, '1 of 3 is in the right place.'],
    [[2, 0, 1], false, 0, '0 of 3 are in the right place.'],
  ])('scores %j: right only when every item is in place (%s), and says how many are', (order, right, placed, says) => {
    expect(isRightOrder(order)).toBe(right);
    expect(placedRight(order)).toBe(placed);
    expect(orderFeedback(order)).toBe(says);
  });

  it.each([
    [[1, 0, 2], 3, true],
    [[0, 1], 3, false],
    [[0, 0, 1], 3, false],
    [[0, 1, 3], 3, false],
    [[0, 1, 1.5], 3, false],
    ['0,1,2', 3, false],
    [null, 2, false],
  ])('knows %j is a rearrangement of %i items: %s', (order, count, valid) => {
    expect(isOrderOf(order, count)).toBe(valid);
  });

  it('says where a moved item now stands, counting from 1', () => {
    expect(movedMessage('  Can prompting solve it? ', 0, 3)).toBe('Moved to 1 of 3: Can prompting solve it?');
  });
});
