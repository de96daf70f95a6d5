import { mdxToMdast } from 'satteri';
import type { Problem } from './problem.ts';

/** Components editors may use in MDX bodies. None yet: entries are data, bodies are plain Markdown. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

interface MdxNode {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/**
 * Compiles an MDX body the way the build does (Astro's MDX compiler) and reports syntax errors,
 * imports and components the site does not provide, at their line in the file.
 */
export function checkMdxBody(body: string, file: string, bodyLine: number): Problem[] {
  const at = (line: number) => bodyLine + line - 1;
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body) as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): (.*?)(?: \(mdx[^)]*\))?$/su.exec(message);
    return [{
      file,
      line: at(Number(match?.[1] ?? 1)),
      field: '(body)',
      message: `the MDX text cannot be read: ${match?.[3] ?? message} (expected Markdown; "<" starts a tag that must be closed, "{" an expression that must be closed — write &lt; or \\{ for the characters themselves)`,
    }];
  }
  const problems: Problem[] = [];
  const visit = (node: MdxNode) => {
    const line = at(node.position?.start.line ?? 1);
    if (node.type === 'mdxjsEsm') {
      problems.push({ file, line, field: '(body)', message: 'import/export is not allowed here (expected plain Markdown text)' });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]|\./u.test(node.name) && !ALLOWED_COMPONENTS.includes(node.name)) {
      problems.push({ file, line, field: '(body)', message: `unknown component <${node.name}> (expected plain Markdown; the site provides no components here)` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
