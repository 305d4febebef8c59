import { Hono } from "hono";
import { ERROR_CODE } from "../../shared/api/schemas";
import {
  localAuthorityParams,
  type LocalAuthoritiesResponse,
  type LocalAuthorityCoopsResponse,
  type NationalDataResponse,
} from "../../shared/api/open-data";
import { OPEN_DATA_ATTRIBUTION } from "../../shared/economy/attribution";
import { openDataSet } from "../open-data/open-data-set";
import { ApiError } from "./api-error";
import { parseInput } from "./validation";

/** Co-operatives UK open data, read once when the app is made. Public data: no board access needed. */
export function openDataRoutes(): Hono {
  const data = openDataSet();
  const attribution = OPEN_DATA_ATTRIBUTION;
  return new Hono()
    .get("/local-authorities", (c) =>
      c.json({ attribution, localAuthorities: data.localAuthorities } satisfies LocalAuthoritiesResponse),
    )
    .get("/local-authorities/:name/coops", (c) => {
      const { name } = parseInput(localAuthorityParams, c.req.param());
      const entry = data.coopsByAuthority.get(name.toLowerCase());
      if (!entry)
        throw new ApiError(404, ERROR_CODE.notFound, `no local authority named “${name}” in the open data`);
      return c.json({
        attribution,
        localAuthority: entry.name,
        coops: entry.coops,
      } satisfies LocalAuthorityCoopsResponse);
    })
    .get("/national", (c) =>
      c.json({
        attribution,
        benchmarks: data.benchmarks,
        sectors: data.sectors,
      } satisfies NationalDataResponse),
    );
}
