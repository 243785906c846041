package nl.betrokken.organisations.duo;

/**
 * A file to import into a municipality, as a page or the API received it. The sector is a code
 * (primary, secondary, ...) or empty to let the file's columns decide; counts take none.
 */
public record ImportUpload(Long municipalityId, String sector, String filename, byte[] content) {}
