import Calculator from '../calculator/Calculator.astro';
import Flowchart from '../flowchart/Flowchart.astro';
import Hint from '../quiz/Hint.astro';
import LoraWidget from '../lora/LoraWidget.astro';
import ModelAnswer from '../quiz/ModelAnswer.astro';
import NumericAnswer from '../quiz/NumericAnswer.astro';
import Ordering from '../quiz/Ordering.astro';
import Question from '../quiz/Question.astro';
import Quiz from '../quiz/Quiz.astro';
import CodeBlock from './CodeBlock.astro';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';

/**
 * What every lesson gets without an import line: self-linking headings, copyable code and tables that scroll in their
 * own box in place of the plain Markdown elements, and the widgets by name (<Flowchart>, <Calculator>, <LoraWidget>, <Quiz> with its
 * <Question>s, <ModelAnswer>s, <NumericAnswer>s, <Ordering>s and <Hint>s, <Figure>).
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  pre: CodeBlock,
  table: Table,
  Calculator,
  Flowchart,
  LoraWidget,
  Quiz,
  Question,
  ModelAnswer,
  NumericAnswer,
  Ordering,
  Hint,
  Figure,
};
