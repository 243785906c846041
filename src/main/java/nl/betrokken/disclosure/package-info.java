/**
 * Disclosure control: the one way a number about answers leaves the service. Live counts (kept by
 * {@code counting}) are copied into published cells by {@link nl.betrokken.disclosure.Publication}
 * under the growth and interval rules; every figure is then read through the
 * {@link nl.betrokken.disclosure.WaveFigures} that {@link nl.betrokken.disclosure.Disclosure} hands
 * out for the current user, which leaves cells below the threshold out of every total and limits
 * what reaches beyond the user's own institutions; rows of answers pass
 * {@link nl.betrokken.disclosure.MicrodataRelease}. The rules are described once, for analysts and
 * for parents, in {@code .github/SECURITY.md} ("What we publish").
 */
package nl.betrokken.disclosure;
