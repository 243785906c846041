/**
 * Imports from DUO's open data: the address files of schools and boards, and a simple file of pupil,
 * parent and staff counts per BRIN code. Part of the organisations feature.
 *
 * <p>How a file is read ({@link nl.betrokken.organisations.duo.CsvTable}): valid UTF-8 (with or
 * without a byte order mark) is UTF-8, anything else Windows-1252; the separator is whichever of
 * {@code ;}, {@code ,} or tab the header line has most of; values may be quoted. Columns are found
 * by header name in any case and spacing, with the aliases of {@link nl.betrokken.organisations.duo.DuoFile}:
 * {@code INSTELLINGSCODE} or {@code BRIN NUMMER} (with {@code VESTIGINGSCODE}, when present, as the
 * six-character code of a location), {@code INSTELLINGSNAAM} or {@code VESTIGINGSNAAM},
 * {@code BEVOEGD GEZAG NUMMER} (required), {@code BEVOEGD GEZAG NAAM} (optional), {@code GEMEENTENUMMER},
 * {@code PLAATSNAAM}.
 *
 * <p>What is kept: rows whose {@code GEMEENTENUMMER} is the chosen municipality's CBS code without
 * {@code GM} ({@code 363} and {@code 0363} are {@code GM0363}); other rows are counted, not read.
 * Every other row is a school or a problem with its line number (the header is line 1).
 *
 * <p>Sector: the one chosen on the form or in the API's {@code sector}; with "auto" it comes from
 * the file's columns ({@code ONDERWIJSSTRUCTUUR}: secondary, {@code SOORT PO}: primary), and when
 * the file has neither the user must choose.
 *
 * <p>Matching ({@link nl.betrokken.organisations.duo.ImportPlan}): a board by its DUO number within
 * the municipality, or else a board typed by hand without a number and with the same name (it gets
 * the number); an institution by BRIN code, or else one without a code of the same board and name.
 * A school file without board names names a new board "Bevoegd gezag 12345"; a boards file
 * (no BRIN column, with {@code BEVOEGD GEZAG NAAM}: "Adressen bevoegde gezagen") then renames the
 * municipality's boards; it creates none. Nothing is ever deleted: institutions missing from the
 * file are left alone.
 *
 * <p>Preview and confirmation ({@link nl.betrokken.organisations.duo.DuoImportService}): a preview
 * writes nothing; the page keeps the file for an hour ({@code pending_import}) with a fingerprint
 * of its preview, and the confirmation re-reads it and applies it only when the fingerprint still
 * holds, otherwise it shows the new preview. Applying is one transaction with one audit event.
 */
package nl.betrokken.organisations.duo;
