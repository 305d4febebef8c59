import type {
  LocalAuthoritiesResponse,
  LocalAuthorityCoopsResponse,
  NationalDataResponse,
} from "../../shared/api/open-data";
import { requestJson } from "../api/request-json";

export const fetchLocalAuthorities = () =>
  requestJson<LocalAuthoritiesResponse>("/api/open-data/local-authorities");

export const fetchLocalAuthorityCoops = (name: string) =>
  requestJson<LocalAuthorityCoopsResponse>(
    `/api/open-data/local-authorities/${encodeURIComponent(name)}/coops`,
  );

export const fetchNationalData = () => requestJson<NationalDataResponse>("/api/open-data/national");
