import { describe, expect, it } from 'vitest';
import { excerptParts, planQuery, searchSummary, toLessonHits, type PagefindResultData, type PagefindSubResult } from '../../src/lib/search';
import { isSearchShortcut } from '../../src/lib/keyboard';
import { checkProperty, HOSTILE_INPUTS } from '../fuzz/hostile-inputs';

const sub = (title: string, url: string, scores: number[]): PagefindSubResult => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  anchor: url.includes('#') ? { element: 'h2', id: url.slice(url.indexOf('#') + 1), text: title } : undefined,
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

const page = (title: string | undefined, url: string, subs: PagefindSubResult[]): PagefindResultData => ({
  url,
  excerpt: `page <mark>${title}</mark>`,
  meta: title === undefined ? {} : { title },
  sub_results: subs,
});

describe('toLessonHits', () => {
  const lesson = '/fine-tuning/when-to-fine-tune-vs-prompt/';

  it('names each lesson by its title and links each section to its heading anchor', () => {
    const [hit] = toLessonHits([page('9.1 When to Fine-Tune vs Prompt', lesson, [sub('Common mistakes', `${lesson}#common-mistakes`, [5])])]);
    expect(hit).toEqual({
      lesson: '9.1 When to Fine-Tune vs Prompt',
      url: lesson,
      excerpt: 'page <mark>9.1 When to Fine-Tune vs Prompt</mark>',
      sections: [{ title: 'Common mistakes', url: `${lesson}#common-mistakes`, excerpt: 'about <mark>Common mistakes</mark>' }],
    });
  });

  it('leaves out matches that sit before any heading, which have no section to jump to', () => {
    const [hit] = toLessonHits([page('9.1', lesson, [sub('9.1', lesson, [9]), sub('Quick quiz', `${lesson}#quick-quiz`, [1])])]);
    expect(hit?.sections.map((s) => s.title)).toEqual(['Quick quiz']);
  });

  it('leaves out a sub-result whose URL has a # but whose anchor has no id', () => {
    const odd = { ...sub('Odd', `${lesson}#odd`, [3]), anchor: { element: 'h2', text: 'Odd' } };
    const [hit] = toLessonHits([page('9.1', lesson, [odd])]);
    expect(hit?.sections).toEqual([]);
  });

  it('puts the best-scoring sections first, keeps page order on ties, and keeps at most the limit', () => {
    const subs = [sub('A', `${lesson}#a`, [1]), sub('B', `${lesson}#b`, [2, 2]), sub('C', `${lesson}#c`, [4]), sub('D', `${lesson}#d`, [1])];
    const [hit] = toLessonHits([page('9.1', lesson, subs)], 3);
    expect(hit?.sections.map((s) => s.title)).toEqual(['B', 'C', 'A']);
  });

  it.each([
    ['no title', undefined, lesson],
    ['a blank title', '   ', lesson],
  ])('falls back to the page URL for a page with %s', (_, title, expected) => {
    expect(toLessonHits([page(title, lesson, [])])[0]?.lesson).toBe(expected);
  });

  it('copes with a result without sub-results or scores', () => {
    const bare: PagefindResultData = { url: lesson, excerpt: '', meta: { title: '9.1' } };
    const noScores = { ...sub('A', `${lesson}#a`, []), weighted_locations: undefined };
    expect(toLessonHits([bare])[0]?.sections).toEqual([]);
    expect(toLessonHits([page('9.1', lesson, [noScores])])[0]?.sections.map((s) => s.title)).toEqual(['A']);
  });
});

describe('excerptParts', () => {
  it.each([
    ['plain text', 'fine-tuning helps', [{ text: 'fine-tuning helps', mark: false }]],
    [
      'marked words',
      'avoid <mark>catastrophic</mark> <mark>forgetting</mark> here',
      [
        { text: 'avoid ', mark: false },
        { text: 'catastrophic', mark: true },
        { text: ' ', mark: false },
        { text: 'forgetting', mark: true },
        { text: ' here', mark: false },
      ],
    ],
    [
      'escaped markup, decoded as text',
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#x27;',
      [{ text: "<script>alert(1)</script> & 'x'", mark: false }],
    ],
    ['other tags, dropped', 'a <b onclick="x()">bold</b> <img src=x onerror=y> move', [{ text: 'a bold  move', mark: false }]],
    ['an unknown entity, kept as written', 'R&amp;D &bogus; &#0;', [{ text: 'R&D &bogus; &#0;', mark: false }]],
    ['an empty excerpt', '', []],
    [
      'marked words with punctuation around them, the highlight on the words alone',
      'a <mark>messages</mark> <mark>array,</mark> and a <mark>role</mark> <mark>(system,</mark> <mark>assistant).</mark> <mark>“Fine-tune?”</mark>',
      [
        { text: 'a ', mark: false },
        { text: 'messages', mark: true },
        { text: ' ', mark: false },
        { text: 'array', mark: true },
        { text: ', and a ', mark: false },
        { text: 'role', mark: true },
        { text: ' (', mark: false },
        { text: 'system', mark: true },
        { text: ', ', mark: false },
        { text: 'assistant', mark: true },
        { text: '). “', mark: false },
        { text: 'Fine-tune', mark: true },
        { text: '?”', mark: false },
      ],
    ],
    [
      'a marked figure, keeping its currency and percent signs and its inner points',
      'a saving of <mark>$1,027.50.</mark> or <mark>50%;</mark> <mark>e.g.</mark>',
      [
        { text: 'a saving of ', mark: false },
        { text: '$1,027.50', mark: true },
        { text: '. or ', mark: false },
        { text: '50%', mark: true },
        { text: '; ', mark: false },
        { text: 'e.g', mark: true },
        { text: '.', mark: false },
      ],
    ],
    ['a mark of punctuation only, left unmarked', 'so <mark>…</mark> then', [{ text: 'so … then', mark: false }]],
    [
      'an escaped quote around a marked word',
      '<mark>&quot;LoRA&quot;</mark>',
      [
        { text: '"', mark: false },
        { text: 'LoRA', mark: true },
        { text: '"', mark: false },
      ],
    ],
  ])('turns %s into text runs', (_, excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });
});

describe('planQuery', () => {
  const short = { note: 'Please type at least 2 letters or digits to search.' };
  it.each([
    ['nothing', '', null],
    ['spaces', '   ', null],
    ['one letter', 'a', short],
    ['one letter between spaces', '  a ', short],
    ['one digit', '5', short],
    ['a currency sign alone', '$', short],
    ['one digit and a currency sign', '$5', short],
    ['a letter and punctuation', 'a?', short],
    ['two letters', 'ab', { search: 'ab' }],
    ['a word, trimmed', '  LoRA ', { search: 'LoRA' }],
    ['a figure with a dollar sign', '$2.25', { search: '2.25' }],
    ['a figure with a dollar sign after it', '2.25$', { search: '2.25' }],
    ['a figure with another currency sign', '€2.25', { search: '2.25' }],
    ['a figure with thousands commas', '$1,027.50', { search: '1,027.50' }],
    ['words and a figure', 'training cost $2.25', { search: 'training cost 2.25' }],
    ['a lone sign between words', 'cost $ per token', { search: 'cost per token' }],
    ['two letters of another script', 'ñé', { search: 'ñé' }],
  ])('plans a search for %s', (_, typed, plan) => {
    expect(planQuery(typed)).toEqual(plan);
  });

  it('plans every hostile text without throwing: nothing, a note, or a search of 2 letters or digits or more', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (text) => {
      const plan = planQuery(text);
      return plan === null ? text.trim() === '' : 'note' in plan || (plan.search.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
    });
    expect(failures).toEqual([]);
  });

  it('splits every hostile text marked as a highlight into runs that keep all of its text', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (text) => {
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return (
        excerptParts(`<mark>${escaped}</mark>`)
          .map((p) => p.text)
          .join('') === text || 'text lost'
      );
    });
    expect(failures).toEqual([]);
  });
});

describe('searchSummary', () => {
  const hit = (sections: number) => ({
    lesson: 'L',
    url: '/l/',
    excerpt: '',
    sections: Array.from({ length: sections }, () => ({ title: 's', url: '/l/#s', excerpt: '' })),
  });

  it.each([
    ['an empty query', '  ', [], ''],
    ['no hits', 'zzz', [], 'No results for “zzz”'],
    ['one lesson without sections', 'x', [hit(0)], '1 lesson found for “x”'],
    ['one lesson, one section', ' x ', [hit(1)], '1 lesson, 1 section found for “x”'],
    ['two lessons, several sections', 'catastrophic forgetting', [hit(2), hit(3)], '2 lessons, 5 sections found for “catastrophic forgetting”'],
  ])('reports %s', (_, query, hits, expected) => {
    expect(searchSummary(query, hits)).toBe(expected);
  });
});

describe('isSearchShortcut', () => {
  const none = { ctrlKey: false, metaKey: false, altKey: false };
  it.each([
    ['"/" on the page', '/', none, { tagName: 'BODY' }, true],
    ['"/" with no target', '/', none, null, true],
    ['"/" typed in an input', '/', none, { tagName: 'INPUT' }, false],
    ['"/" typed in a textarea', '/', none, { tagName: 'textarea' }, false],
    ['"/" in a select', '/', none, { tagName: 'SELECT' }, false],
    ['"/" in editable content', '/', none, { tagName: 'DIV', isContentEditable: true }, false],
    ['Ctrl+/', '/', { ...none, ctrlKey: true }, { tagName: 'BODY' }, false],
    ['Cmd+/', '/', { ...none, metaKey: true }, { tagName: 'BODY' }, false],
    ['another key', 's', none, { tagName: 'BODY' }, false],
  ])('treats %s correctly', (_, key, mods, target, expected) => {
    expect(isSearchShortcut(key, mods, target)).toBe(expected);
  });
});
