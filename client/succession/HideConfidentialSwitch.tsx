import { Switch } from "react-aria-components";
import { setHideConfidentialNames, useHideConfidentialNames } from "./hide-confidential";

/** For a projector with partners in the room: confidential businesses become placeholders on this screen. */
export function HideConfidentialSwitch() {
  const hidden = useHideConfidentialNames();
  return (
    <Switch
      className="switch"
      isSelected={hidden}
      onChange={setHideConfidentialNames}
      data-testid="succession.hide-confidential"
    >
      <span className="switch__track" aria-hidden="true" />
      Hide confidential names
    </Switch>
  );
}
