const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function randomId(length: number): string {
  // 62^22 ≈ 2^131: board ids are unguessable (≥128 random bits); record ids only need to be unique.
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let id = "";
  for (let i = 0; i < bytes.length && id.length < length; i++) {
    const byte = bytes[i]!;
    // Rejection sampling keeps every character equally likely.
    if (byte < 248) id += ALPHABET[byte % 62];
  }
  return id.length === length ? id : randomId(length);
}

export const BOARD_ID_LENGTH = 22;
export const BOARD_ID_PATTERN = /^[0-9a-zA-Z]{22}$/;

export function newBoardId(): string {
  return randomId(BOARD_ID_LENGTH);
}

export function newRecordId(): string {
  return randomId(12);
}

export function isBoardId(value: string): boolean {
  return BOARD_ID_PATTERN.test(value);
}
