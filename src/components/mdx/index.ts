import Calculator from '../calculator/Calculator.astro';
import Flowchart from '../flowchart/Flowchart.astro';
import LoraWidget from '../lora/LoraWidget.astro';
import Quiz from '../quiz/Quiz.astro';
import { quizParts } from '../quiz/parts';
import Figure from './Figure.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';

/**
 * What every lesson gets without an import line: self-linking headings and tables that scroll in their own box in place
 * of the plain Markdown ones, and the widgets by name (<Flowchart>, <Calculator>, <LoraWidget>, <Quiz> with its
 * <Question>s, <ModelAnswer>s, <NumericAnswer>s, <Ordering>s and <Hint>s, <Figure>). Code blocks get their Copy button
 * from src/build/code-block.ts.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  table: Table,
  Calculator,
  Flowchart,
  LoraWidget,
  Quiz,
  ...quizParts,
  Figure,
};
