package nl.betrokken.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.betrokken.common.i18n.StaffLanguage;

/**
 * The Dutch texts of validation messages on the staff pages, by the key services give their
 * InvalidFieldException or ConflictException (the exception keeps the English for the JSON API).
 * Look them up with {@link StaffTexts}.
 */
@MessageBundle(value = "staff", locale = StaffLanguage.CODE)
public interface StaffMessages {

    @Message("Controleer wat u hier invulde.")
    String check_field();

    @Message("Dit botst met wat er al is opgeslagen. Kijk het na en probeer het opnieuw.")
    String conflict();

    // --- any staff form (StaffFormChecks: the texts of the API's constraints)

    @Message("Vul dit in.")
    String required();

    @Message("Gebruik hoogstens {max} tekens.")
    String too_long(Object max);

    @Message("Vul 0 of meer in.")
    String zero_or_more();

    @Message("Vul hoogstens {max} in.")
    String at_most(Object max);

    @Message("Vul minstens {min} in.")
    String at_least(Object min);

    @Message("Vul een heel getal in, zonder letters of komma.")
    String whole_number();

    @Message("Vul een percentage van 1 tot en met 100 in, of laat het leeg voor de standaard.")
    String percent_range();

    @Message("Kies een van de mogelijkheden uit de lijst.")
    String choose_from_list();

    @Message(
            "Een BRIN-code is twee cijfers en twee hoofdletters, zoals 12AB, of met het vestigingsnummer erachter, zoals 12AB00.")
    String pattern_brinCode();

    @Message("Een CBS-gemeentecode is GM met vier cijfers, zoals GM0363 voor Amsterdam.")
    String pattern_cbsCode();

    @Message("Een gebruikersnaam heeft geen spaties.")
    String pattern_username();

    @Message("Geef het kanaal een naam, zoals \"Bibliotheek Centrum\" of \"Sleutelfiguur Amina\".")
    String channel_name_required();

    @Message("De naam van een kanaal is hoogstens 80 tekens.")
    String channel_name_long();

    @Message("Deze peiling heeft al een kanaal met die naam. Kies een andere naam.")
    String channel_name_taken();

    @Message("Kies wat voor kanaal het is.")
    String channel_kind_unknown();

    @Message("Kies een verschil van 1 tot en met 50 procentpunten, zoals 0.05 voor 5 procentpunten.")
    String decision_change();

    @Message("Geef de peiling een naam.")
    String wave_name_required();

    @Message("Kies een vragenlijst.")
    String wave_questionnaire_required();

    @Message("Deze vragenlijst bestaat niet (meer). Kies er een uit de lijst.")
    String wave_questionnaire_unknown();

    @Message("Vul een begindatum in.")
    String wave_opens_on_required();

    @Message("Vul een einddatum in.")
    String wave_closes_on_required();

    @Message("De einddatum moet op of na de begindatum liggen.")
    String wave_closes_before_opens();

    @Message("De einddatum ligt in het verleden; een peiling moet nog minstens één dag open zijn.")
    String wave_closes_in_past();

    @Message("Kies minstens één school of instelling.")
    String wave_institutions_required();

    @Message("Kies alleen scholen en instellingen waarvoor u werkt.")
    String wave_institution_unknown();

    @Message("{name} is gearchiveerd en doet niet meer mee aan nieuwe peilingen.")
    String wave_institution_archived(String name);

    @Message("Kies alleen scholen uit één gemeente waarvoor u werkt.")
    String wave_institutions_one_municipality();

    @Message("Vul een aantal codes van 1 tot en met {max} in.")
    String codes_count(int max);

    @Message("Deze peiling is gesloten; nieuwe codes hebben geen zin meer.")
    String codes_wave_closed();

    @Message("Voor {institution} kunnen nog {left} codes gemaakt worden: er mogen er {limit} zijn (het aantal ouders of"
            + " teamleden plus een marge) en er zijn er al {made}. Zo kan niemand met extra codes een kleine groep aanvullen"
            + " tot de antwoorden zichtbaar worden. Een medewerker van de gemeente kan het aantal verhogen.")
    String codes_limit_reached(String institution, long left, int limit, long made);

    @Message("Vul als hoogste aantal codes een heel getal van 0 tot en met 100.000 in.")
    String code_limit_value();

    @Message("Geef de sleutel een naam van hoogstens 80 tekens, bijvoorbeeld waarvoor u hem gebruikt.")
    String token_name();

    @Message("Vul een aantal dagen in, van 1 tot {max}.")
    String token_days(int max);

    @Message("U hebt al {max} sleutels in gebruik. Trek er eerst een in.")
    String token_limit(int max);

    @Message("Begin opnieuw: kies ‘Tweestapsverificatie instellen’.")
    String two_factor_start_first();

    @Message("Deze code klopt niet. Typ de code die de app nu laat zien; staat de klok van uw telefoon goed?")
    String two_factor_wrong_code();

    @Message("Tweestapsverificatie staat al aan.")
    String two_factor_already_on();

    @Message("Voor uw rol is tweestapsverificatie verplicht; u kunt hem niet uitzetten.")
    String two_factor_required();

    @Message("Dit is niet uw huidige wachtwoord.")
    String password_not_current();

    @Message("U hebt te vaak een verkeerd wachtwoord getypt. Wacht een minuut en probeer het opnieuw.")
    String password_wrong_too_often();

    @Message("Uw wachtwoord kon nu niet worden gecontroleerd. Probeer het over een ogenblik opnieuw.")
    String password_not_checked();

    @Message("Kies een ander wachtwoord dan het huidige.")
    String password_unchanged();

    @Message("Kies een wachtwoord van minstens {min} tekens.")
    String password_too_short(int min);

    @Message("Dit wachtwoord is te lang; gebruik hoogstens 70 tekens.")
    String password_too_long();

    @Message("Uw wachtwoord mag niet gelijk zijn aan uw gebruikersnaam.")
    String password_is_username();

    @Message("Kies een wachtwoord met meer verschillende tekens.")
    String password_too_simple();

    @Message("De twee nieuwe wachtwoorden zijn niet gelijk.")
    String password_repeat_differs();

    // --- administration: organisations

    @Message("Er is al een gemeente met de naam {name}.")
    String municipality_name_taken(String name);

    @Message("Er is al een andere gemeente met CBS-code {code}.")
    String municipality_cbs_code_taken(String code);

    @Message("Gemeente {municipality} heeft al een bestuur met de naam {name}.")
    String board_name_taken(String municipality, String name);

    @Message("Bestuur {board} heeft al een school met de naam {name}.")
    String institution_name_taken(String board, String name);

    @Message("Er is al een andere school met BRIN-code {code}.")
    String institution_brin_code_taken(String code);

    // --- administration: users

    @Message("Vul een tijdelijk wachtwoord in, of kies voor een uitnodigingslink.")
    String user_password_required();

    @Message("Kies voor een medewerker van de gemeente de gemeente waarvoor hij of zij werkt.")
    String user_placement_for_municipality();

    @Message("Kies voor een bestuurder het bestuur waarvoor hij of zij werkt.")
    String user_placement_for_board();

    @Message("Kies voor een schoolleider de school waarvoor hij of zij werkt.")
    String user_placement_for_institution();

    @Message("Er is al een gebruiker met de gebruikersnaam {username}.")
    String user_username_taken(String username);

    @Message("Alleen een beheerder kan een beheerder aanmaken.")
    String user_role_not_yours();

    @Message("Kies een organisatie in uw eigen gemeente.")
    String user_placement_not_yours();

    // --- targets

    @Message("Vul een percentage van meer dan 0 tot en met 100 in, zoals 90.")
    String target_threshold_range();

    @Message("Een doel blijft bij de gemeente waarvoor het is gemaakt. Maak voor een andere gemeente een nieuw doel.")
    String target_municipality_fixed();

    @Message("Vul een datum in, zoals 31-12-2028.")
    String date_format();

    // --- waves: closing, changing the closing date, adding and removing schools
    @Message(
            "Vink aan dat u de peiling nu wilt sluiten. Daarna kan niemand meer antwoorden, en de peiling gaat niet meer open.")
    String wave_close_confirm();

    @Message("Vul een datum in, bijvoorbeeld 31-3-2027.")
    String wave_closes_on_date();

    @Message("De einddatum mag niet voor de begindatum ({opensOn}) liggen.")
    String wave_closes_before_opening(String opensOn);

    @Message("Geef een nieuwe einddatum, of sluit de peiling.")
    String wave_change_one();

    @Message("Een peiling kan alleen gesloten worden, niet opnieuw geopend.")
    String wave_status_closed_only();

    @Message("Deze peiling is gesloten. Een gesloten peiling verandert niet meer en gaat niet opnieuw open.")
    String wave_closed_no_changes();

    @Message("Kies een school om toe te voegen.")
    String wave_institution_choose();

    @Message("Deze school doet al mee aan de peiling.")
    String wave_institution_already_in();

    @Message("Kies een school uit de lijst: alleen scholen van deze gemeente waarvoor u werkt kunnen meedoen.")
    String wave_institution_not_addable();

    @Message(
            "{institution} kan niet uit de peiling: er {#if count == 1}is al 1 vragenlijst{#else}zijn al {count} vragenlijsten{/if} ingevuld of begonnen. Die antwoorden horen bij deze peiling en blijven dus bewaard.")
    String wave_institution_has_responses(String institution, long count);

    @Message("Dit is de laatste school van de peiling. Een peiling zonder scholen kan niet; sluit de peiling liever.")
    String wave_last_institution();

    // --- municipality settings

    @Message("Alleen een beheerder kan tweestapsverificatie voor de medewerkers van de gemeente uitzetten.")
    String settings_two_factor_admin_only();

    // --- audit trail

    @Message("De einddatum ligt voor de begindatum.")
    String audit_to_before_from();

    // --- DUO import (organisations/duo, administration/ImportPages)

    @Message("Kies de gemeente waarvoor u importeert.")
    String import_municipality_required();

    @Message("Kies een gemeente uit de lijst.")
    String import_municipality_unknown();

    @Message(
            "Gemeente {name} heeft nog geen CBS-code (zoals GM0363). Vul die eerst in bij de gemeente: de scholen worden"
                    + " gevonden op hun gemeentenummer.")
    String import_municipality_no_cbs(String name);

    @Message("Het bestand heeft geen scholen in gemeente {name} (gemeentenummer {number}). Kies de gemeente waar de"
            + " scholen van dit bestand staan.")
    String import_no_rows(String name, int number);

    @Message("Kies een CSV-bestand.")
    String import_file_required();

    @Message("Het bestand is groter dan {mb} MB.")
    String import_file_too_large(int mb);

    @Message("Het bestand is leeg.")
    String import_file_empty();

    @Message("Het bestand heeft meer dan {max} regels.")
    String import_too_many_rows(int max);

    @Message(
            "Dit is geen adresbestand van DUO: de eerste regel heeft geen kolom INSTELLINGSCODE (of BRIN NUMMER) en geen"
                    + " kolom BEVOEGD GEZAG NAAM.")
    String import_not_duo();

    @Message("De eerste regel van het bestand heeft geen kolom {column}.")
    String import_column_missing(String column);

    @Message("Uit dit bestand blijkt niet om welke sector het gaat. Kies de sector.")
    String import_sector_required();

    @Message("Vanaf deze regel is het bestand niet te lezen (staat er een aanhalingsteken dat niet wordt gesloten?).")
    String import_unreadable_from();

    @Message("De regel heeft {found} kolommen, de eerste regel {expected}.")
    String import_columns(int found, int expected);

    @Message("GEMEENTENUMMER is leeg.")
    String import_municipality_missing();

    @Message("GEMEENTENUMMER ‘{value}’ is geen gemeentenummer.")
    String import_municipality_bad(String value);

    @Message("De BRIN-code is leeg.")
    String import_brin_missing();

    @Message("‘{value}’ is geen BRIN-code (twee cijfers en twee letters, zoals 12AB).")
    String import_brin_bad(String value);

    @Message("BRIN-code {brin} staat al op regel {firstLine}.")
    String import_brin_twice(String brin, int firstLine);

    @Message("BRIN-code {brin} hoort bij een school of instelling in een andere gemeente.")
    String import_brin_elsewhere(String brin);

    @Message("Geen school of instelling van {municipality} heeft BRIN-code {brin}.")
    String import_brin_unknown(String brin, String municipality);

    @Message("{header} is leeg.")
    String import_name_missing(String header);

    @Message("{header} is langer dan {max} tekens.")
    String import_name_too_long(String header, int max);

    @Message("Een andere school van hetzelfde bestuur heeft in dit bestand ook de naam ‘{name}’.")
    String import_name_twice(String name);

    @Message("Bestuur ‘{board}’ heeft al een andere school of instelling met de naam ‘{name}’.")
    String import_institution_name_taken(String board, String name);

    @Message("BEVOEGD GEZAG NUMMER is leeg.")
    String import_board_number_missing();

    @Message("BEVOEGD GEZAG NUMMER ‘{value}’ is geen bestuursnummer (cijfers, zoals 41234).")
    String import_board_number_bad(String value);

    @Message("Bestuursnummer {number} staat al op regel {firstLine}.")
    String import_board_twice(String number, int firstLine);

    @Message("Een ander bestuur in deze gemeente heet al ‘{name}’.")
    String import_board_name_taken(String name);

    @Message(
            "Het bestuur van deze school ({number}) kan niet worden geïmporteerd; zie de eerste regel met dat bestuur.")
    String import_board_refused(String number);

    @Message("De regel heeft geen aantallen.")
    String import_counts_empty();

    @Message("{header} ‘{value}’ is geen heel getal van 0 tot en met {max}.")
    String import_count_bad(String header, String value, int max);

    @Message("Dit overzicht is verlopen of bestaat niet meer. Kies het bestand opnieuw.")
    String import_expired();

    // --- the school's improvement plan

    @Message("Kies minstens één uitspraak waar de actie over gaat.")
    String school_plan_statements_required();

    @Message("Deze uitspraak staat niet (meer) in de vragenlijst. Kies uitspraken uit de lijst.")
    String school_plan_statement_unknown();

    @Message("Iemand anders heeft deze actie intussen opgeslagen. Open de actie opnieuw vanuit het verbeterplan en"
            + " breng uw wijziging dan nog eens aan; wat u typte staat hieronder nog.")
    String school_plan_action_changed();

    @Message("Kies een van de mogelijkheden: gepland, bezig, klaar of gestopt.")
    String pattern_status();

    // --- the LEA: leads, partner organisations, working groups

    @Message("Kies de gemeente of een schoolbestuur uit de lijst.")
    String lea_lead_board();

    @Message("Nodig alleen besturen en partnerorganisaties van uw eigen gemeente uit die niet gearchiveerd zijn.")
    String lea_invite_unknown();

    @Message("Kies minstens één schoolbestuur of partnerorganisatie om uit te nodigen.")
    String lea_invite_empty();

    @Message("Het overleg heeft al plaatsgevonden; er kunnen geen partners meer bij.")
    String lea_invite_after_meeting();

    @Message("Er is al een partnerorganisatie met de naam {name} in deze gemeente.")
    String lea_partner_name_taken(String name);

    @Message("Kies het soort partner uit de lijst.")
    String lea_partner_kind();

    @Message("Kies de gemeente waarvoor de partner werkt.")
    String lea_partner_municipality();

    @Message("Kies de rol in de werkgroep uit de lijst.")
    String lea_member_role();

    // --- paper questionnaires

    @Message("Vul een aantal formulieren van 1 tot en met {max} in.")
    String paper_count(int max);

    @Message("Papieren formulieren zijn er voor vragenlijsten van ouders en teamleden, niet voor deze.")
    String paper_audience();

    @Message("Deze peiling is gesloten; nieuwe formulieren hebben geen zin meer.")
    String paper_wave_closed();

    @Message("Kies een taal uit de lijst: de vragenlijst is alleen in die talen geschreven.")
    String paper_language();

    @Message("Kies een kanaal van deze peiling uit de lijst, of geen.")
    String paper_channel();

    // --- norm groups

    @Message("Vul een schooljaar in als 2025-2026: twee jaartallen na elkaar, met een streepje.")
    String norm_school_year();

    @Message(
            "Het schooljaar {year} loopt tot en met 31 juli {endYear}. Zet de normgroep daarna vast, als alle scholen die in dat jaar meedoen hebben geantwoord.")
    String norm_year_not_over(String year, int endYear);

    @Message(
            "De normgroep van {year} staat al vast. Een vastgezette normgroep verandert niet meer, zodat scholen er steeds met hetzelfde mee vergeleken worden.")
    String norm_frozen_already(String year);

    // --- open answers (nl.betrokken.openanswers)

    @Message("De vragenlijst van deze peiling heeft geen open vragen.")
    String open_none();

    @Message("'{item}' is geen open vraag van deze peiling. Kies een vraag uit de lijst.")
    String open_item_unknown(String item);

    @Message("Deze school doet niet mee aan deze peiling. Kies een school uit de lijst.")
    String open_school_unknown();

    @Message("Geef het thema een naam, zoals 'Communicatie'.")
    String open_theme_label();

    @Message("Er is al een thema '{label}' (nummer {number}). Gebruik dat, of kies een andere naam.")
    String open_theme_exists(String label, Object number);

    @Message(
            "Het thema '{label}' hoort bij {used} antwoorden en kan daarom niet weg. Haal het eerst bij die antwoorden weg, of geef het een andere naam.")
    String open_theme_in_use(String label, Object used);

    @Message("Dit thema staat niet (meer) in de lijst. Laad de pagina opnieuw.")
    String open_theme_unknown();

    @Message("Er waren geen antwoorden om op te slaan.")
    String open_codings_empty();

    @Message("Een antwoord stond twee keer in het formulier. Laad de pagina opnieuw.")
    String open_answer_twice();

    @Message("Een citaat staat in het rapport onder een thema: geef dit antwoord een thema, of vink citaat uit.")
    String open_quote_needs_theme();

    @Message(
            "Een van deze antwoorden hoort niet (meer) bij deze vraag of mag hier niet gelezen worden. Laad de pagina opnieuw.")
    String open_answer_unknown();

    // --- the make-up of all parents (PopulationMargins)

    @Message("Noem de bron van deze aandelen, zoals 'CBS, Kerncijfers wijken en buurten 2025'.")
    String margin_source();

    @Message("Vul ook een percentage in voor '{label}'.")
    String margin_share_missing(String label);

    @Message("Een aandeel ligt tussen 0 en 100 %.")
    String margin_share_range();

    @Message("Dit antwoord hoort niet bij deze vraag. Laad de pagina opnieuw.")
    String margin_answer();

    @Message("Samen is dit {total} %. Alle antwoorden samen moeten 100 % zijn; kijk de percentages na.")
    String margin_total(String total);

    @Message("Dit is geen achtergrondvraag van een vragenlijst voor ouders.")
    String margin_item();

    @Message("Vul voor '{label}' een percentage in van 0 tot en met 100, zoals 23 of 12,5.")
    String margin_percent(String label);
}
