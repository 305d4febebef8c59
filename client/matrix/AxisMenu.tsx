import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from "react-aria-components";
import type { Axis } from "../../shared/board";
import { MoreIcon } from "../ui/icons";
import { AXIS_MOVES, AXIS_NOUN } from "./axis-labels";

export type AxisMenuAction = "rename" | "earlier" | "later" | "delete";

interface AxisMenuProps {
  axis: Axis;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  onAction(action: AxisMenuAction): void;
}

export function AxisMenu({ axis, title, isFirst, isLast, onAction }: AxisMenuProps) {
  const disabledKeys = [...(isFirst ? ["earlier"] : []), ...(isLast ? ["later"] : [])];
  const moves = AXIS_MOVES[axis];
  return (
    <MenuTrigger>
      <Button
        className="button button--small button--quiet icon-button axis-menu__trigger"
        aria-label={`Options for ${AXIS_NOUN[axis]} “${title}”`}
      >
        <MoreIcon />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          disabledKeys={disabledKeys}
          onAction={(key) => onAction(key as AxisMenuAction)}
        >
          <MenuItem id="rename" className="menu__item">
            Rename
          </MenuItem>
          <MenuItem id="earlier" className="menu__item">
            {moves.earlier}
          </MenuItem>
          <MenuItem id="later" className="menu__item">
            {moves.later}
          </MenuItem>
          <Separator className="menu__separator" />
          <MenuItem id="delete" className="menu__item menu__item--danger">
            Delete {AXIS_NOUN[axis]}…
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
