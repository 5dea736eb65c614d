// How a clause is named in the card and the review: its id ("official-voice") as a title.
export function clauseTitle(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
