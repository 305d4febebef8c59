import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../sync/logger";
import { handleErrors } from "./error-handler";
import { openDataRoutes } from "./open-data";
import type { LocalAuthoritiesResponse, LocalAuthorityCoopsResponse } from "../../shared/api/open-data";

const app = new Hono().route("/api/open-data", openDataRoutes());
app.onError(handleErrors(silentLogger));

const ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";

describe("GET /api/open-data", () => {
  it("lists local authorities with their co-op counts and the attribution", async () => {
    const response = await app.request("/api/open-data/local-authorities");
    expect(response.status).toBe(200);
    const body = (await response.json()) as LocalAuthoritiesResponse;
    expect(body.attribution).toBe(ATTRIBUTION);
    expect(body.localAuthorities).toContainEqual({ name: "Plymouth", coops: 31 });
    expect(body.localAuthorities.reduce((total, authority) => total + authority.coops, 0)).toBeGreaterThan(
      7000,
    );
  });

  it("lists one local authority's co-ops, whatever the case of its name", async () => {
    const response = await app.request("/api/open-data/local-authorities/plymouth/coops");
    expect(response.status).toBe(200);
    const body = (await response.json()) as LocalAuthorityCoopsResponse;
    expect(body.localAuthority).toBe("Plymouth");
    expect(body.attribution).toBe(ATTRIBUTION);
    expect(body.coops).toHaveLength(31);
    expect(body.coops[0]).toMatchObject({ id: expect.stringMatching(/^R\d+/), name: expect.any(String) });
  });

  it("answers an unknown local authority with a 404 JSON error", async () => {
    const response = await app.request("/api/open-data/local-authorities/Atlantis/coops");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: "no local authority named “Atlantis” in the open data" },
    });
  });
});
