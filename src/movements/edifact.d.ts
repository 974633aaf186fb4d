/** The parts of the `edifact` package (CommonJS, without types of its own) that src/movements uses. */
declare module 'edifact' {
  /** Segment and element definitions: `requires` mandatory elements/components, then their names or formats (`an..35`, `n..6`). */
  export type Definitions = Record<string, { requires: number; elements?: string[]; components?: string[] }>;

  export class Validator {
    define(definitions: Definitions): void;
  }

  export class Parser {
    constructor(validator?: Validator);
    onopensegment(segment: string): void;
    onelement(): void;
    oncomponent(data: string): void;
    onclosesegment(): void;
    encoding(level: string): void;
    write(chunk: string): void;
    end(): void;
  }

  const edifact: { Parser: typeof Parser; Validator: typeof Validator };
  export default edifact;
}
