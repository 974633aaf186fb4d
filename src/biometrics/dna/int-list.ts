/** A growable list of 32-bit integers in one typed array (a posting list of the index), growing by half. */
export class IntList {
  items: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(Math.max(8, Math.ceil(this.items.length * 1.5)));
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}
