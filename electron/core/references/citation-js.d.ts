/** The small part of citation-js (0.8, untyped) that Wijkgeheugen uses. */
declare module '@citation-js/core' {
  export interface CiteOptions {
    forceType?: string;
  }
  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown, options?: CiteOptions);
    data: unknown[];
    format(style: 'bibliography' | 'citation', options?: FormatOptions): string;
  }
  export const plugins: {
    input: { chainLink(data: unknown, options?: CiteOptions): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
