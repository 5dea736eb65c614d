// Content script entry: finds compose boxes and shows warnings inline.
// (Filled in by the inline-warnings work; kept side-effect free for now.)
export {};
