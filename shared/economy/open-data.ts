/** A co-operative as the open data lists it (`GET /api/open-data/local-authorities/:name/coops`). */
export interface OpenDataCoop {
  /** The open-data Identifier, e.g. "R000123": the key of its record on the board. */
  id: string;
  name: string;
  sector: string;
  legalForm: string;
  ownershipType: string;
  sicCode: string;
  postcode: string;
}

export interface LocalAuthoritySummary {
  name: string;
  coops: number;
}
