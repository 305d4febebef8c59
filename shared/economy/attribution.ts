/** The credit ODC-By 1.0 asks for, wherever Co-operatives UK open data is shown or exported. */
export const OPEN_DATA_ATTRIBUTION = "Contains data from Co-operatives UK (ODC-By 1.0)";

export const OPEN_DATA_LICENCE_URL = "https://opendatacommons.org/licenses/by/1-0/";
