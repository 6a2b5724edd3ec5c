/** The same keys as the Dutch original, any text: what a translation must have. */
export type Vorm<T> = { [K in keyof T]: T[K] extends string ? string : Vorm<T[K]> };
