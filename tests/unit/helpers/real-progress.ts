import type { Progress } from '../../../src/lib/progress-format';

const LESSON = '/fine-tuning/when-to-fine-tune-vs-prompt/';

// Version 3 as the live site stored it, captured from a learner's browser, byte for byte: one answer, its review card, a done mark, a
// visit, the reading position and the manifest version 4 drops.
/** Version 3 progress as the live site stored it. */
export const REAL_V3 =
  '{"version":3,"lessons":{"/fine-tuning/when-to-fine-tune-vs-prompt/":{"manifest":{"q-json-format":"eqbg9v","q-drug-interactions":"4eezmi","q-catastrophic-forgetting":"al68go","q-saving-20k":"1x0kql8","q-framework-order":"16ys6an","ex-legal-english":"1q5i2g1","ex-todays-news":"g19jwz","ex-five-categories":"apn4c4"},"answers":{"q-json-format":{"sig":"eqbg9v","selected":[1],"result":"right","first":"wrong","revealed":false,"peeked":false,"text":"","mark":null,"at":1796668029837}},"review":{"q-json-format":{"box":1,"due":"2026-12-08"}},"done":"2026-12-07T18:27:11.721Z","visited":"2026-12-07T18:27:10.697Z"}},"position":{"lesson":"/fine-tuning/when-to-fine-tune-vs-prompt/","section":"further-reading","at":"2026-12-07T18:27:10.697Z"}}';
/** What version 4 makes of REAL_V3. */
export const REAL_V4: Progress = {
  version: 4,
  lessons: {
    [LESSON]: {
      answers: {
        'q-json-format': {
          sig: 'eqbg9v',
          selected: [1],
          result: 'right',
          first: 'wrong',
          revealed: false,
          peeked: false,
          text: '',
          mark: null,
          at: 1796668029837,
        },
      },
      review: { 'q-json-format': { box: 1, due: '2026-12-08' } },
      done: '2026-12-07T18:27:11.721Z',
      visited: '2026-12-07T18:27:10.697Z',
    },
  },
  position: { lesson: LESSON, section: 'further-reading', at: '2026-12-07T18:27:10.697Z' },
};
