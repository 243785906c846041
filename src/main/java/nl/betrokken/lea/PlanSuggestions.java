package nl.betrokken.lea;

import java.util.List;
import java.util.Optional;

/**
 * Example visions and shared criteria from the LEA policy box, in our own words, that a lead can copy
 * into the plan's "shared vision and goals" and then change. They are suggestions, not rules: nothing
 * is adopted until the lead presses the button, and what is adopted is ordinary text from then on.
 */
final class PlanSuggestions {

    static final String VISION = "vision";
    static final String CRITERION = "criterion";

    record Suggestion(String id, String kind, String text) {}

    static final List<Suggestion> ALL = List.of(
            new Suggestion(
                    "vision-partnership",
                    VISION,
                    "Kinderen leren beter als ouders en school samenwerken. Alle scholen en voorscholen in onze"
                            + " gemeente zien ouders als partner. Voorscholen, basisscholen en scholen voor voortgezet"
                            + " onderwijs werken samen om ouders meer te betrekken."),
            new Suggestion(
                    "vision-upbringing",
                    VISION,
                    "Jonge kinderen groeien op in een omgeving van gezin, school en buurt. Scholen, voorscholen,"
                            + " ouders, jeugdgezondheidszorg en welzijn werken samen om die omgeving sterker te maken."
                            + " Wij letten op goede kwaliteit, op wat ouders vragen en op een doorgaande lijn."),
            new Suggestion(
                    "vision-alignment",
                    VISION,
                    "Kinderen krijgen meer kansen als ouders, school en omgeving hun aanpak op elkaar afstemmen."
                            + " Gemeente en schoolbesturen werken daar samen aan."),
            new Suggestion(
                    "vision-three-spheres",
                    VISION,
                    "Ouders, school en omgeving (buurt, sport, zorg en welzijn) zijn samen verantwoordelijk voor"
                            + " hoe een kind opgroeit. Wij zorgen dat zij elkaar kennen en elkaar snel vinden."),
            new Suggestion(
                    "vision-home-learning",
                    VISION,
                    "Ouders helpen hun kind thuis met leren, ook als ze zelf weinig hebben geleerd. Scholen,"
                            + " voorscholen en de bibliotheek geven ouders daar samen tips en steun bij."),
            new Suggestion(
                    "criterion-action-plan",
                    CRITERION,
                    "Elke school maakt elk jaar samen met ouders een actieplan voor ouderbetrokkenheid. De"
                            + " directie is verantwoordelijk; in het team dat het plan maakt, zitten ook ouders."),
            new Suggestion(
                    "criterion-inspectorate",
                    CRITERION,
                    "Alle voorscholen en basisscholen in onze gemeente voldoen aan de punten van de inspectie voor"
                            + " ouderbeleid in de voor- en vroegschoolse educatie."),
            new Suggestion(
                    "criterion-quality-mark",
                    CRITERION,
                    "Wij moedigen scholen aan om een keurmerk voor ouderbetrokkenheid te halen; de gemeente helpt"
                            + " daarbij."),
            new Suggestion(
                    "criterion-policy-paragraph",
                    CRITERION,
                    "Elk nieuw beleidsplan van de gemeente over onderwijs of jeugd heeft een vaste paragraaf over"
                            + " ouders."),
            new Suggestion(
                    "criterion-partnership-policy",
                    CRITERION,
                    "Alle scholen en alle zorg- en welzijnsinstellingen hebben een vast beleid voor samenwerken"
                            + " met ouders en schrijven elk jaar op hoe zij daarin met elkaar samenwerken."),
            new Suggestion(
                    "criterion-parents-in-group",
                    CRITERION,
                    "In de werkgroep ouderbetrokkenheid zitten twee of drie ouders die niet bij een van de"
                            + " partners werken."),
            new Suggestion(
                    "criterion-yearly-agenda",
                    CRITERION,
                    "Ouderbetrokkenheid staat elk jaar op de agenda van het LEA-overleg, met de cijfers uit de"
                            + " monitor erbij."));

    private PlanSuggestions() {}

    static Optional<Suggestion> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
