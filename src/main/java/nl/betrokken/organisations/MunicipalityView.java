package nl.betrokken.organisations;

public record MunicipalityView(long id, String name, String cbsCode, boolean twoFactorForAnalysts, boolean archived) {

    static MunicipalityView of(Municipality municipality) {
        return new MunicipalityView(
                municipality.id,
                municipality.name,
                municipality.cbsCode,
                municipality.twoFactorForAnalysts,
                municipality.archived());
    }
}
