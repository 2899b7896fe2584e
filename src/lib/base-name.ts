/** The last part of a "/"-separated path: "seeds/000_a.txt" → "000_a.txt". */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
