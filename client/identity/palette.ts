export interface UserColour {
  name: string;
  /** Six-digit hex (CollaborationCaret ignores other forms); white text on it passes WCAG AA. */
  value: string;
}

export const USER_COLOURS: readonly UserColour[] = [
  { name: "Teal", value: "#0f766e" },
  { name: "Blue", value: "#1d4ed8" },
  { name: "Violet", value: "#6d28d9" },
  { name: "Pink", value: "#be185d" },
  { name: "Red", value: "#b91c1c" },
  { name: "Orange", value: "#c2410c" },
  { name: "Green", value: "#15803d" },
  { name: "Slate", value: "#475569" },
  { name: "Indigo", value: "#4338ca" },
  { name: "Brown", value: "#92400e" },
];

export function randomColour(random: () => number = Math.random): string {
  const index = Math.floor(random() * USER_COLOURS.length) % USER_COLOURS.length;
  return USER_COLOURS[index]!.value;
}

export function colourName(value: string): string | undefined {
  return USER_COLOURS.find((colour) => colour.value.toLowerCase() === value.toLowerCase())?.name;
}
