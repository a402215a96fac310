import { parseInline, type RichText } from '../../lib/rich-text';

const MARKS = { code: 'code', strong: 'strong', em: 'em' } as const;

/** One line of quiz text with `code`, **strong** and *em* marks; everything is rendered as text, never as HTML. */
export function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((run) => {
        if (run.kind === 'text') return run.text;
        const Tag = MARKS[run.kind];
        return <Tag>{run.text}</Tag>;
      })}
    </>
  );
}

/** Paragraphs and code blocks of an explanation or model answer. */
export function Blocks({ blocks }: { blocks: RichText }) {
  return (
    <>
      {blocks.map((block) =>
        block.type === 'p' ? (
          <p>
            <Inline text={block.text} />
          </p>
        ) : (
          <pre class="quiz-code" tabIndex={0}>
            <code>{block.code}</code>
          </pre>
        ),
      )}
    </>
  );
}
