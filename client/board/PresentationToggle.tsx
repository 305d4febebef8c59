import { ToggleButton } from "react-aria-components";
import { PresentIcon } from "../ui/icons";
import "./presentation.css";

export function PresentationToggle({
  presenting,
  onChange,
}: {
  presenting: boolean;
  onChange(on: boolean): void;
}) {
  return (
    <ToggleButton
      className="button button--small presentation-toggle"
      isSelected={presenting}
      onChange={onChange}
    >
      <PresentIcon />
      <span className="presentation-toggle__text">Presentation view</span>
    </ToggleButton>
  );
}
