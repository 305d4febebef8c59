import { useEffect, useState } from "react";
import type { NationalDataResponse } from "../../shared/api/open-data";
import { fetchNationalData } from "./open-data-api";

export type NationalData =
  { status: "loading" } | { status: "failed" } | ({ status: "ready" } & NationalDataResponse);

let cached: Promise<NationalDataResponse> | undefined;

/** The national benchmark rows and sector mix, fetched once per page. */
export function useNationalData(): NationalData {
  const [state, setState] = useState<NationalData>({ status: "loading" });
  useEffect(() => {
    let live = true;
    cached ??= fetchNationalData();
    cached.then(
      (data) => live && setState({ status: "ready", ...data }),
      () => {
        cached = undefined;
        if (live) setState({ status: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
