import { useEffect, useState } from "react";
import type { TemplateSummary } from "../../shared/api/schemas";
import { listTemplates } from "../api/boards";

export type TemplatesState =
  | { status: "loading" }
  | { status: "ready"; templates: TemplateSummary[] }
  | { status: "failed"; message: string };

export function useTemplates(): [TemplatesState, () => void] {
  const [state, setState] = useState<TemplatesState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    listTemplates().then(
      (templates) => current && setState({ status: "ready", templates }),
      (error: Error) => current && setState({ status: "failed", message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = () => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  };
  return [state, retry];
}
