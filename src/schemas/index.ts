export * from './common.ts';
export * from './entry.ts';
export * from './glossary.ts';
export * from './source.ts';
export * from './theme.ts';
export * from './page.ts';
