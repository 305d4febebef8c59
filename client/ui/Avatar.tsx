import "./avatar.css";

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [name.trim()[0]];
  return letters.join("").toUpperCase();
}

/** A coloured circle with initials; decorative, so the person's name must be shown as text beside it. */
export function Avatar({ name, color }: { name: string; color: string }) {
  return (
    <span className="avatar" style={{ backgroundColor: color }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
