import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { boardPath } from "../app/route";
import { CheckIcon, CopyIcon } from "../ui/icons";
import { copyText } from "../ui/copy-text";

type CopyState = "idle" | "copied" | "failed";

export function ShareLink({ boardId }: { boardId: string }) {
  const url = `${location.origin}${boardPath(boardId)}`;
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const copied = await copyText(url, input.current);
    setState(copied ? "copied" : "failed");
    if (!copied) input.current?.select();
  };
  return (
    <div className="share-link">
      <label htmlFor="share-link" className="meta-field__label">
        Share link — anyone with it can edit
      </label>
      <div className="share-link__row">
        <input
          ref={input}
          id="share-link"
          className="input share-link__input"
          value={url}
          readOnly
          data-testid="board.share-link"
          onFocus={(event) => event.target.select()}
        />
        <Button
          className="button button--small button--primary share-link__copy"
          data-testid="board.copy-link"
          onPress={copy}
        >
          {state === "copied" ? <CheckIcon /> : <CopyIcon />}
          {state === "copied" ? "Copied" : "Copy link"}
        </Button>
      </div>
      <p role="status" className={state === "failed" ? "share-link__status" : "visually-hidden"}>
        {state === "copied" && "Link copied to the clipboard."}
        {state === "failed" &&
          "Could not copy automatically: the link is selected, press Ctrl+C (or ⌘C) to copy it."}
      </p>
    </div>
  );
}
