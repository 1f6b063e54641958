// What every item input takes (SimpleItemInput hands them down): the item, the learner's response as
// the engine stores it, whether it is locked, and where to report a change. One shape, so each input
// is swappable and the runner owns the answer.
export interface ItemInputProps<Item> {
  item: Item;
  /** The response so far in the stored form (option ids, `row.column` cells, ordered ids …). */
  response: string[];
  /** True once the answer is checked (practice) or the attempt is finished. */
  disabled: boolean;
  onchange: (response: string[]) => void;
}
