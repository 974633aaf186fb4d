/** A growable list of 32-bit integers in one typed array (a posting list of the index): doubling while small, then growing by a quarter, to keep the slack of millions of lists small. */
export class IntList {
  items: Int32Array;
  length = 0;

  constructor(capacity = 8) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const size = this.items.length;
      const grown = new Int32Array(size < 1024 ? Math.max(8, size * 2) : size + (size >> 2));
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}
